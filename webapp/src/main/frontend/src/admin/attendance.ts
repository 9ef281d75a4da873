// The attendance report as the API gives it (GET /api/v1/events/{id}/attendance), and what the panel derives from it.

export interface AttendanceFigures {
  uniqueViewers: number;
  anonymousViewers: number;
  peakConcurrent: number;
  averageMinutes: number;
  activity: Record<string, number>;
}

export interface StageAttendance extends AttendanceFigures {
  id: number;
  name: string;
  stepSeconds: number;
  /** [epoch ms, viewers open during the step] */
  viewersOverTime: [number, number][];
}

export interface SessionAttendance extends AttendanceFigures {
  id: number;
  title: string;
  stage: number;
  startsAt: string;
  endsAt: string;
}

export interface AttendanceReport {
  eventId: number;
  generatedAt: string;
  activityKinds: string[];
  event: AttendanceFigures;
  stages: StageAttendance[];
  sessions: SessionAttendance[];
}

export interface AttendeeSummary {
  subject: string;
  displayName: string | null;
  streams: number;
  minutes: number;
}

/** "chatMessages" → "Chat messages". */
export function activityLabel(kind: string): string {
  const words = kind.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The chart's data: seconds on the x axis (as uPlot takes them), viewers on the y axis. */
export function chartData(stage: StageAttendance): [number[], number[]] {
  return [stage.viewersOverTime.map(([t]) => t / 1000), stage.viewersOverTime.map(([, n]) => n)];
}
