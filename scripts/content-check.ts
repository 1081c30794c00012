// Validates every file under content/ and prints each problem; exits 1 when there is any.
import path from "node:path";
import { ContentError, loadContent } from "../lib/content/load";

const dir = path.resolve(process.argv[2] ?? "content");
try {
  const { questions } = loadContent(dir);
  console.log(`content ok: ${questions.length} questions`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
