export { postJson, SessionExpiredError } from "../practice/post-json";
