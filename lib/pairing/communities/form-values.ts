import type { MapPoint } from "./map-point";

/** The community fields as the edit form's text boxes show them. */
export type CommunityFormSource = {
  name: string;
  address: string;
  description: string;
  contactName: string;
  contactPhone: string;
  unitId: number | null;
  subdistrict: { name: string } | null;
  point: MapPoint | null;
};

export const newCommunityValues: Record<string, string> = {
  subdistrict: "",
  name: "",
  address: "",
  latitude: "",
  longitude: "",
  description: "",
  contactName: "",
  contactPhone: "",
  unitId: "",
};

export function communityFormValues(community: CommunityFormSource): Record<string, string> {
  return {
    subdistrict: community.subdistrict?.name ?? "",
    name: community.name,
    address: community.address,
    latitude: community.point ? String(community.point.latitude) : "",
    longitude: community.point ? String(community.point.longitude) : "",
    description: community.description,
    contactName: community.contactName,
    contactPhone: community.contactPhone,
    unitId: community.unitId === null ? "" : String(community.unitId),
  };
}
