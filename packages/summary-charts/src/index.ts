export { chartLabel } from './label';
export { xyChartBlock, xyChartSource } from './xychart';
export type { Series, XYChart } from './xychart';
