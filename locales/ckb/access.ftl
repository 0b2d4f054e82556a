# Ways in for every family: the language screen, someone helping, listening (read by children and parents).
# Native-speaker review: no (drafted without a native speaker, November 2026; please have it checked)
helping-label = یارمەتی کەسێک دەدەم
helping-hint = هەموو شاشەیەک زمانی ئەو کەسە نیشان دەدات، ئینگلیزییش لە ژێرەوەی.
listen = گوێ بگرە
listen-stop = بیوەستێنە
listen-no-voice = ئەم تابلێت یان تەلەفۆنە ناتوانێت ئەم زمانە بە دەنگی بەرز بخوێنێتەوە. داوا لە کەسێک بکە لەگەڵت بیخوێنێتەوە.
