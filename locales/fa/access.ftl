# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = به کسی کمک می‌کنم
helping-hint = در هر صفحه زبان آن شخص می‌آید و زیرش انگلیسی.
listen = گوش کن
listen-stop = توقف
listen-no-voice = این تبلت یا گوشی نمی‌تواند این زبان را بلند بخواند. از کسی بخواه که آن را با تو بخواند.
