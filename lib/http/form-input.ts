/** The argument as a form, or null when a hand-made call sent something else (a string, a list, nothing). */
export const asFormData = (value: unknown): FormData | null => (value instanceof FormData ? value : null);

export const NOT_A_FORM = "This action takes a form. Nothing was changed.";
