// A phone number people can tap to call: the wijkhuis, an organiser, someone on the attendee list.

/** "0470 12 34 56" as a tel: address (digits and a leading +); null when there are too few digits to call. */
export function telHref(phone: string) {
  const digits = phone.trim().replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  return digits.replace(/\D/g, "").length >= 3 ? `tel:${digits}` : null;
}

/** Written left to right also inside an Arabic page, so the digits keep their order. */
export function PhoneLink({ phone, className = "" }: { phone: string; className?: string }) {
  const href = telHref(phone);
  if (!href) return <bdi dir="ltr">{phone}</bdi>;
  return (
    <a href={href} dir="ltr" className={`inline-flex min-h-tap items-center font-semibold ${className}`}>
      {phone}
    </a>
  );
}
