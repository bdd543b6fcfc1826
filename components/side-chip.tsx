import { getSideStyle } from "@/lib/sides/side-style";

export function SideChip({ side, className = "" }: { side: string; className?: string }) {
  const style = getSideStyle(side);
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${style.chip} ${className}`}>
      <span aria-hidden="true" className="font-mono text-[10px]">{style.code}</span>
      {style.label}
    </span>
  );
}
