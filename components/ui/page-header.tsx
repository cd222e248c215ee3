import { ButtonLink } from "./button-link";

/** A list page's title with the links that start something new beside it (wrapping on phones). */
export function PageHeader({
  title,
  actions,
}: {
  title: string;
  actions: Array<{ href: string; label: string }>;
}) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <ButtonLink key={action.href} href={action.href} className="text-sm">
            {action.label}
          </ButtonLink>
        ))}
      </div>
    </header>
  );
}
