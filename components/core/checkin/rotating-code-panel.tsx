import type { ReactNode } from "react";
import { qrPath } from "@/lib/core/checkin-code/qr-path";
import { CodeRefresher } from "./code-refresher";
import { Card } from "@/components/ui/card";

export type RotatingCodeLabels = {
  heading: string;
  qrLabel: string;
  currentCode: string;
  codeRotates: string;
  reloadForCode: string;
};

/**
 * The screen shown at an activity or a meeting: a QR code of this minute's check-in link and
 * the code in big type for typing; the page re-renders itself when the code changes.
 */
export function RotatingCodePanel(props: {
  url: string;
  code: string;
  labels: RotatingCodeLabels;
  children?: ReactNode;
}) {
  const { url, code, labels } = props;
  const qr = qrPath(url);
  return (
    <Card variant="outlined" aria-labelledby="checkin-code-heading" className="space-y-3 text-center">
      <h2 id="checkin-code-heading" className="text-lg font-semibold">
        {labels.heading}
      </h2>
      <svg
        role="img"
        aria-label={labels.qrLabel}
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        shapeRendering="crispEdges"
        className="mx-auto h-auto w-72 max-w-full"
      >
        <rect width={qr.size} height={qr.size} fill="white" />
        <path d={qr.d} fill="black" />
      </svg>
      <p className="space-x-2">
        <span>{labels.currentCode}</span>
        <strong className="font-mono text-4xl tracking-widest" data-testid="checkin-code">
          {code}
        </strong>
      </p>
      <p className="text-sm text-stone-600">{labels.codeRotates}</p>
      <CodeRefresher />
      <noscript>
        <p className="text-sm text-stone-700">{labels.reloadForCode}</p>
      </noscript>
      {props.children}
    </Card>
  );
}
