import { useTranslation } from "react-i18next";
import { Notice } from "~/components/ui/page";

/** Next to a form's button after it was saved on the phone offline: it will be sent, nothing to redo. */
export function OfflineQueuedNotice() {
  const { t } = useTranslation("pwa");
  return (
    <Notice tone="info">
      <p className="font-semibold">{t("offlinePage.queuedTitle")}</p>
      <p>{t("offlinePage.queuedText")}</p>
    </Notice>
  );
}
