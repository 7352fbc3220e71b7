// The frame every dashboard chart sits in: a figure whose caption says in words what the chart shows, the chart itself
// hidden from assistive technology (the caption and the table carry its content), and the figures as a table. The chart measures its box in a browser; it starts at a fixed size where nothing is laid out (jsdom).
import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

export const CHART_HEIGHT = 240;
/** The size a chart draws at before (or without) measuring its box. */
const INITIAL_SIZE = { width: 640, height: CHART_HEIGHT };

export const CHART_COLOURS = { orders: '#4f46e5', revenue: '#4f46e5', kept: '#1b7f4b', grid: '#e3e6eb', axis: '#5d6574' } as const;

interface ChartFigureProps {
  id: string;
  caption: ReactNode;
  chart: ReactElement;
  table: ReactNode;
  /** Shown to everyone (a short table); otherwise only screen readers read it (a long one). */
  tableVisible?: boolean;
}

export function ChartFigure({ id, caption, chart, table, tableVisible = false }: ChartFigureProps) {
  return (
    <figure className="home-chart" aria-labelledby={`${id}-caption`} data-testid={id}>
      <div className="home-chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={INITIAL_SIZE}>
          {chart}
        </ResponsiveContainer>
      </div>
      <figcaption id={`${id}-caption`} className="home-chart-caption">
        {caption}
      </figcaption>
      <div className={tableVisible ? 'home-chart-table' : 'sr-only'}>{table}</div>
    </figure>
  );
}
