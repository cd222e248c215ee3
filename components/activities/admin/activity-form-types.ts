export type Option = { value: string; label: string };

export type ActivityFormOptions = {
  types: Option[];
  commitments: Option[];
  months: Option[];
  channels: Option[];
  formats: Option[];
  reaches: Option[];
  placeKinds: Option[];
  venues: Option[];
  communities: Option[];
  serviceSites: Option[];
};

/** An activity as the form shows it: every value as the text of its control. */
export type ActivityFormValues = {
  id: number;
  version: number;
  title: string;
  description: string;
  type: string;
  commitment: string;
  plannedMonth: number;
  plannedDate: string;
  channel: string;
  format: string;
  reach: string;
  capacity: string;
  placeKind: string;
  place: string;
  venueId: string;
  communityId: string;
  serviceSiteId: string;
};
