import type { pwa as nl } from "~/locales/nl/pwa";
import type { Messages } from "~/locales/types";

export const pwa: Messages<typeof nl> = {
  offlinePage: {
    title: "أنت غير متصل",
    text: "لا يوجد اتصال الآن. يمكنك فتح الصفحات التي فتحتها من قبل.",
    queuedTitle: "تم الحفظ على هاتفك",
    queuedText: "سنرسله عندما تتصل بالإنترنت مرة أخرى. لا تحتاج إلى إعادته.",
    retry: "حاول مرة أخرى",
    activities: "إلى الأنشطة",
  },
  stale: "أنت غير متصل. ربما ما تراه ليس محدّثًا.",
  queued: "تم الحفظ على هاتفك. سنرسله عندما تتصل بالإنترنت مرة أخرى.",
  sent: "تم إرسال التغيير المحفوظ.",
  update: {
    text: "نسخة جديدة جاهزة.",
    reload: "إعادة التحميل",
  },
  install: {
    text: "أضف Warme Buurt إلى الشاشة الرئيسية لتفتحه بلمسة واحدة.",
    accept: "أضف إلى الشاشة الرئيسية",
    dismiss: "ليس الآن",
  },
};
