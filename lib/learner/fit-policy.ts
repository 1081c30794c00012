/** The first fit waits for this many reviews; each later one for the count to double. */
export const FIRST_FIT_REVIEWS = 100;

/** Whether a learner with this many reviews is due a fit, given the review count at their last attempt. */
export function isFitDue(reviewCount: number, lastAttemptReviewCount: number | null): boolean {
  if (reviewCount < FIRST_FIT_REVIEWS) return false;
  return lastAttemptReviewCount === null || reviewCount >= 2 * lastAttemptReviewCount;
}

export interface FitQuality {
  logLoss: number;
  rmse: number;
  defaultLogLoss: number;
  defaultRmse: number;
}

/** A fitted set is used only when it predicts the learner's own history better than the defaults. */
export const predictsBetter = (fit: Pick<FitQuality, "logLoss" | "defaultLogLoss">) => fit.logLoss < fit.defaultLogLoss;

/** The fit's quality in plain words, for Settings. */
export function describeFit(fit: FitQuality & { reviewCount: number }, inUse: boolean): string {
  const losses = `log loss ${fit.logLoss.toFixed(3)} vs ${fit.defaultLogLoss.toFixed(3)}`;
  const reviews = `${fit.reviewCount.toLocaleString("en-US")} reviews`;
  if (!predictsBetter(fit)) return `Fitted to your ${reviews}, but it does not predict your recall better than the defaults (${losses}), so the defaults stay in use.`;
  return inUse
    ? `Fitted to your ${reviews}: predicts your recall better than the defaults (${losses}).`
    : `Fitted to your ${reviews}: it predicts your recall better than the defaults (${losses}), but you chose the defaults.`;
}
