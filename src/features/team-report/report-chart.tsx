import { useRef, type ReactNode } from 'react';
import { SaveChartImage } from './save-chart-image';

interface ReportChartProps {
  /** The chart's name: on the picture button, and in the picture's file name. */
  name: string;
  fileName: string;
  /** A ChartFigure: caption, drawing, legend and table. */
  children: ReactNode;
}

/** One chart of the report, never split over two pages, with a button to save it as a picture. */
export function ReportChart({ name, fileName, children }: ReportChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  return (
    <div className="report-chart" ref={holder}>
      {children}
      <SaveChartImage target={holder} name={name} fileName={fileName} />
    </div>
  );
}
