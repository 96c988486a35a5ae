// jstat ships no type declarations; only the distribution functions the core uses are declared.
declare module "jstat" {
  interface Distribution {
    cdf(x: number, ...params: number[]): number;
    inv(p: number, ...params: number[]): number;
    pdf(x: number, ...params: number[]): number;
  }
  export const jStat: {
    chisquare: Distribution;
    normal: Distribution;
    studentt: Distribution;
    centralF: Distribution;
    [key: string]: unknown;
  };
}
