// Words for a topic and a figure, shared by the page and the exports so both say the same.
import { getSideStyle } from "@/lib/sides/side-style";
import { formatMetric } from "@/lib/sides/format-figure";
import { formatDay } from "./span";
import type { Topic } from "./types";

export function describeActor(actorSide: string | null): string {
  return actorSide ? `by ${getSideStyle(actorSide).label}` : "actor not stated";
}

/** The metric, and for `other` what its figures count: "other: trucks". */
export function describeMetric(topic: Pick<Topic, "metric" | "counted">): string {
  return topic.counted ? `${formatMetric(topic.metric)}: ${topic.counted}` : formatMetric(topic.metric);
}

export function describeWhen(topic: Topic): string {
  if (topic.from == null || topic.to == null) return "undated";
  const a = formatDay(topic.from);
  const b = formatDay(topic.to);
  return a === b ? a : `${a} – ${b}`;
}

export function describeTopic(topic: Topic): string {
  return [describeMetric(topic), describeActor(topic.actorSide), topic.place ?? "place not stated", describeWhen(topic)].join(" · ");
}
