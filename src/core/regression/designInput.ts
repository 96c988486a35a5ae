import type { AbstractMatrix } from "ml-matrix";
import type { Matrix } from "../types";

/**
 * A design matrix as the solvers accept it: plain row-major arrays `[rows][features]` or an ml-matrix instance of the
 * same shape. Neither is ever modified.
 */
export type DesignInput = Matrix | AbstractMatrix;
