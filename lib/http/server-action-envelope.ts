// Every server action in this app takes a form (FormData). Next encodes such a call as
// multipart/form-data whose field "0" is the JSON list of arguments, with "$K<n>" naming the form.
const FORM_REFERENCE = /^\$K[0-9a-z]*$/i;

/** Why a server-action request is not a call this app's actions can take, or null when it is. */
export async function serverActionEnvelopeProblem(request: Request): Promise<string | null> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return "A form submission must be sent as multipart/form-data.";
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return "The form data could not be read.";
  }
  const args = form.get("0");
  if (typeof args !== "string") return "The form data holds no arguments.";
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    return "The arguments are not JSON.";
  }
  if (!Array.isArray(parsed) || !parsed.some((arg) => typeof arg === "string" && FORM_REFERENCE.test(arg))) return "The arguments hold no form.";
  return null;
}
