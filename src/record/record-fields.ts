/** A dataset file's column as a GraphQL field: `capacity_people` → `capacityPeople`. */
export function fieldName(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
