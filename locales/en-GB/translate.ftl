# The chair's page: words a family wrote in another language, and an English translation
# added beside them (staff pages).
views-written-in = Written in { $language }
translation-heading = English translation
translation-by = Translated by { $name }, { $when }
translation-add = Add an English translation
translation-hint = Type the English for this answer. The family's own words stay as they wrote them.
translation-save = Save the translation
translation-saved = The translation is saved.
translation-none = Not yet translated
staff-audit-translate-views = Added an English translation
