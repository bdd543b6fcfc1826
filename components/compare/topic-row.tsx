import { listedInCell, type TopicRow as Row } from "@/lib/compare/build-view";
import { describeActor, describeMetric, describeWhen } from "@/lib/compare/describe";
import { SideChip } from "@/components/side-chip";
import { DotPlot } from "./dot-plot";
import { FigureItem } from "./figure-item";
import { SpreadBadge } from "./spread-badge";

// A table row on wide screens, a stacked card below md: the same cells, so the same order.
export function TopicRow({ row, columns, matched }: { row: Row; columns: string[]; matched: ReadonlySet<number> | null }) {
  const t = row.topic;
  const scale = row.spread.perIncident?.scale ?? "count";
  const title = t.actorSide ? `${describeMetric(t)} ${describeActor(t.actorSide)}` : `${describeMetric(t)} (actor not stated)`;
  return (
    <tr id={`topic-${t.id}`} className="mb-4 block rounded-lg border border-slate-200 bg-white align-top md:mb-0 md:table-row md:rounded-none md:border-0 md:border-t">
      <th scope="row" className="block p-3 text-left align-top font-normal md:table-cell md:w-[19rem] md:min-w-[17rem]">
        <p className="font-semibold text-slate-900">{title}</p>
        <p className="text-sm text-slate-700">
          {t.place ?? "place not stated"} · {describeWhen(t)}
        </p>
        <div className="mt-1.5">
          <SpreadBadge spread={row.spread} competing={row.competing} />
        </div>
        {row.competing && (
          <div className="mt-2">
            <DotPlot figures={row.visible} columns={columns} scale={scale} label={title} />
          </div>
        )}
      </th>
      {columns.map((side) => {
        const figures = row.cells[side] ?? [];
        const listed = listedInCell(figures);
        const more = figures.length - listed.length;
        // Empty cells stay small: on phones they are hidden, on wide screens a dash.
        if (figures.length === 0) return <td key={side} className="hidden p-3 align-top text-slate-400 md:table-cell" data-side={side}>—</td>;
        return (
          <td key={side} className="block px-3 pb-3 align-top md:table-cell md:p-3" data-side={side}>
            <div className="mb-1 md:hidden">
              <SideChip side={side} />
            </div>
            <ul className="space-y-1.5">
              {listed.map((f) => (
                <FigureItem key={f.claim.id} figure={f} note={row.spread.notComparable.get(f.claim.id)} matched={Boolean(matched?.has(f.claim.id))} />
              ))}
              {more > 0 && (
                <li className="text-sm text-slate-700" data-more>
                  and {more} more {more === 1 ? "figure" : "figures"} from this side, counted in the dot plot, the spread and the downloads
                </li>
              )}
            </ul>
          </td>
        );
      })}
    </tr>
  );
}
