// A stage's viewers over time, drawn with uPlot. Imported lazily by the attendance panel, so the chart
// library (and its stylesheet) load only on that page.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartData, type StageAttendance } from './attendance';

export default function ViewersChart({ stage }: { stage: StageAttendance }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return undefined;
    const width = Math.max(320, Math.min(900, box.current.clientWidth || 640));
    const chart = new uPlot({
      width, height: 220, legend: { show: false },
      series: [{}, { label: 'Viewers', stroke: '#3558d6', fill: 'rgba(53, 88, 214, 0.12)', width: 2 }],
      axes: [{}, { label: 'Viewers' }],
      scales: { y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
    }, chartData(stage), box.current);
    return () => chart.destroy();
  }, [stage]);
  return <div ref={box} role="img" aria-label={`Viewers of ${stage.name} over time, peak ${stage.peakConcurrent}`} />;
}
