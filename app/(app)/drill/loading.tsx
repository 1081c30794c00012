export { default } from "../practice/loading";
