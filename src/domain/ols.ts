export interface LinearFit {
  alpha: number;
  beta: number;
  rSquared: number;
  residualSd: number;
}

/** Ordinary least squares of y on x (two or more points with some spread in x). */
export function fitLine(x: readonly number[], y: readonly number[]): LinearFit {
  const n = x.length;
  const meanX = x.reduce((sum, value) => sum + value, 0) / n;
  const meanY = y.reduce((sum, value) => sum + value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let index = 0; index < n; index++) {
    const dx = (x[index] ?? 0) - meanX;
    const dy = (y[index] ?? 0) - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const beta = sxy / sxx;
  const alpha = meanY - beta * meanX;
  let ssr = 0;
  for (let index = 0; index < n; index++) {
    const residual = (y[index] ?? 0) - alpha - beta * (x[index] ?? 0);
    ssr += residual * residual;
  }
  return {
    alpha,
    beta,
    rSquared: syy === 0 ? 1 : 1 - ssr / syy,
    residualSd: Math.sqrt(ssr / (n - 2)),
  };
}
