import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";

/** The client's address inside a server action, or null when it cannot be known (or outside a request). */
export async function actionClientAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers());
  } catch {
    return null;
  }
}
