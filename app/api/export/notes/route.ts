// GET /api/export/notes?format=csv|json – the signed-in user's notes, stars, suspensions and burials, streamed.
import { exportResponse } from "../export-response";

export const GET = exportResponse("notes");
