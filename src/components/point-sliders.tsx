import { useId } from 'react';
import { AXES, type Axis } from '../model/instruments/types';

type Point = Readonly<Record<Axis, number>>;

interface PointSlidersProps {
  value: Point;
  /** The label of each slider, already translated. */
  labels: Readonly<Record<Axis, string>>;
  step: number;
  /** The class of each label–slider–value row (the wall and the results page differ). */
  rowClassName: string;
  onChange: (next: Point) => void;
}

/**
 * A point in the window as two sliders, support then expectations, each with its value beside
 * it: the keyboard and screen-reader way to place a point that can also be clicked in the window.
 */
export function PointSliders({ value, labels, step, rowClassName, onChange }: PointSlidersProps) {
  const ids: Record<Axis, string> = { support: useId(), expectations: useId() };
  return (
    <>
      {AXES.map((axis) => (
        <div key={axis} className={rowClassName}>
          <label htmlFor={ids[axis]}>{labels[axis]}</label>
          <input
            id={ids[axis]}
            type="range"
            min={0}
            max={100}
            step={step}
            value={value[axis]}
            onChange={(e) => onChange({ ...value, [axis]: Number(e.target.value) })}
          />
          <output htmlFor={ids[axis]}>{value[axis]}</output>
        </div>
      ))}
    </>
  );
}
