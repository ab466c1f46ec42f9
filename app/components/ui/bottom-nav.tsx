import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "./icons";

const items: { to: string; key: string; icon: IconName }[] = [
  { to: "/activiteiten", key: "nav.activities", icon: "calendar" },
  { to: "/hulp", key: "nav.help", icon: "hands" },
  { to: "/afspraken", key: "nav.agreements", icon: "house" },
  { to: "/ik", key: "nav.me", icon: "person" },
];

export function BottomNav() {
  const { t } = useTranslation();
  return (
    <nav
      aria-label={t("nav.label")}
      className="no-print fixed inset-x-0 bottom-0 z-10 border-t border-ink/10 bg-white pb-[env(safe-area-inset-bottom)]"
    >
      <ul className="mx-auto grid max-w-xl grid-cols-4">
        {items.map((item) => (
          <li key={item.to}>
            {/* No prefetch: on a phone it starts at the touch, a moment before the tap, and a signed-in page's data may not
                be kept (no-store), so the tap asked the server for everything a second time. */}
            <NavLink
              to={item.to}
              className="flex min-h-[60px] flex-col items-center justify-center gap-0.5 text-sm font-semibold text-ink/80 no-underline aria-[current=page]:text-brand-dark aria-[current=page]:underline"
            >
              <Icon name={item.icon} />
              {t(item.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
