// The `/` key pressed on another page asks the library to focus its search box once it has mounted.
let pending = false;

export const requestSearchFocus = () => {
  pending = true;
};

export function takeSearchFocusRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}

export const LIBRARY_SEARCH_ID = "library-search";
