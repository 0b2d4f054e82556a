# Shared words: buttons, errors, dates.
continue = Continue
back = Back
finish = Finish
change = Change
loading = Loading…
start-again = Start again
change-language = Change language
exit-this-page = Exit this page
exit-hint = Or press Shift 3 times.
error-prefix = Error:
error-summary-title = There is a problem
error-invalid-code = We could not find that code. Check it and try again.
error-rate-limited = Too many tries. Wait 1 minute, then try again.
error-session-ended = This screen was cleared. Type your code to start again.
error-meeting-started = Your meeting has started, so you cannot change your answers now.
error-text-too-long = Your answer is too long. Make it shorter, then try again.
error-invalid = Something in this answer was not right. Try again.
error-network = We could not reach the internet. Check the connection and try again.
error-internal = Something went wrong on our side. Try again.
not-found-title = Page not found
not-found-text = We cannot find this page.
idle-title = Are you still there?
idle-text = { $seconds ->
    [one] To keep your answers private, this screen will clear in { $seconds } second.
   *[other] To keep your answers private, this screen will clear in { $seconds } seconds.
}
idle-still-here = I am still here
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
meeting-date-time = { $weekday } { $day } { $month } { $year } at { $time }
