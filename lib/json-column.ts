/** A JSON text column (choices, steps, code, answers) back to its value; null stays null. */
export const parseJsonColumn = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));
