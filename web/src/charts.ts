/**
 * ECharts, imported piece by piece to keep the bundle small. Tooltips use rich-text mode: they are drawn on the
 * canvas, so a country or event name from the API is never parsed as HTML.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { prefersReducedMotion } from './dom.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];

/** Quad class colours: cooperation in blues and greens, conflict in orange and red. */
export const QUAD_COLOURS: Record<number, string> = { 1: '#6baed6', 2: '#2c7fb8', 3: '#fd8d3c', 4: '#d7301f' };

/** A chart in `host`, resized with the window and disposed when the view's signal aborts. */
export function mountChart(host: HTMLElement, option: ChartOption, signal: AbortSignal): echarts.ECharts {
  const chart = echarts.init(host, null, { renderer: 'canvas' });
  // Set after the view's option so no view can switch tooltips back to HTML.
  chart.setOption({ ...option, animation: !prefersReducedMotion(), tooltip: { trigger: 'axis', renderMode: 'richText', confine: true } });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  signal.addEventListener('abort', () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  });
  return chart;
}
