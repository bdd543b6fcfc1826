import { SideChip } from "./side-chip";

export function SideLegend({ sides }: { sides: string[] }) {
  return (
    <ul aria-label="Sides highlighted in this article" className="flex flex-wrap gap-1.5">
      {sides.map((s) => (
        <li key={s}>
          <SideChip side={s} />
        </li>
      ))}
    </ul>
  );
}
