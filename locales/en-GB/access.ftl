# Ways in for every family: the language screen, someone helping, listening.
# Native-speaker review: not needed (English is the source).
helping-label = I am helping someone
helping-hint = Every screen shows their language with English underneath.
listen = Listen
listen-stop = Stop
listen-no-voice = This tablet or phone cannot read this language out loud. Ask someone to read it with you.
