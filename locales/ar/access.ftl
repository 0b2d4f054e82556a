# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = أنا أساعد شخصًا
helping-hint = تُظهر كل شاشة لغة هذا الشخص، وتحتها الإنجليزية.
listen = استماع
listen-stop = إيقاف
listen-no-voice = هذا الجهاز اللوحي أو الهاتف لا يستطيع أن يقرأ هذه اللغة بصوت عالٍ. اطلب من شخص أن يقرأها معك.
