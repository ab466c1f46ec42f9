import { describe, expect, test } from "vitest";
import { activities } from "~/locales/nl/activities";
import { common } from "~/locales/nl/common";
import { resources } from "~/locales/resources.server";

/** Every text of a language, as one list. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return value && typeof value === "object" ? Object.values(value).flatMap(texts) : [];
}

describe("one word for one thing (issue 16)", () => {
  test("Dutch never says 'afmelden': signing in is aanmelden, signing out uitloggen, and emails are turned off", () => {
    expect(texts(resources.nl).filter((text) => /afmeld/i.test(text))).toEqual([]);
    expect(common.actions.signIn).toBe("Aanmelden");
    expect(common.actions.signOut).toBe("Uitloggen");
    expect(activities.email.unsubscribe).toBe("Zet deze e-mails uit");
  });

  test("the place the unsubscribe page points to is the name of the card and the page on /ik", () => {
    expect(activities.unsubscribe.done).toContain(`Ik > ${common.me.notificationsTitle}`);
    expect(common.me.notificationsTitle).toBe(activities.prefs.link);
  });
});
