// The evidence sentence with the figure as written ("27", "a third") emphasised where it occurs.
export function EvidenceSentence({ sentence, figure }: { sentence: string; figure?: string }) {
  const at = figure ? sentence.indexOf(figure) : -1;
  if (!figure || at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <strong className="rounded bg-yellow-100 px-0.5 font-semibold text-slate-900">{figure}</strong>
      {sentence.slice(at + figure.length)}
    </>
  );
}
