# ocs-edge: български. Образец: en.ftl (същите идентификатори и променливи).

## Page frame
skip-to-content = Към съдържанието
language = Език:
footer-initiative = Европейска гражданска инициатива { $id }.
official-register = Официален регистър
progress-link = Напредък на събирането
back-to-initiative = Обратно към инициативата
collection-period = Период на събиране: от { $start } до { $end }.

## Landing and nationality
support-title = Подкрепете тази инициатива
registration-number = Регистрационен номер:
landing-intro = Всеки гражданин на Европейския съюз, който е навършил изискваната възраст в своята държава членка, може да подкрепи тази инициатива онлайн. Отнема около минута.
nationality-label = Вашето гражданство
nationality-hint = Изискваните данни зависят от държавата членка, чийто гражданин сте. Ако имате няколко гражданства на ЕС, изберете едно: можете да подкрепите инициатива само веднъж.
choose-option = Изберете…
continue = Продължаване
choose-title = Изберете своето гражданство
unknown-nationality = „{ $code }“ не е държава членка на Европейския съюз.

## Collection closed
closed-title = Събирането е приключило
not-started = Събирането на изявления за подкрепа все още не е започнало. Моля, върнете се, когато започне.
ended = Събирането на изявления за подкрепа приключи. Благодарим ви за интереса.

## Confirmation
thanks-title = Благодарим ви
thanks-heading = Благодарим ви: вашата подкрепа е регистрирана
thanks-stored = Вашето изявление за подкрепа е криптирано за организаторите и съхранено.
statement-number = Номер на изявлението:
statement-number-hint = Запазете този номер, ако по-късно искате да помолите организаторите да изтрият изявлението ви. Той не разкрива нищо за вас.

## The form
signing-as = Подписвате като гражданин на: { $state }.
change-nationality = Промяна на гражданството
bot-check-failed = Не успяхме да потвърдим, че не сте робот. Моля, опитайте отново; въведените данни са запазени.
error-summary-title = Моля, коригирайте следното
your-details = Вашите данни
all-required = Всички полета са задължителни, освен ако не са отбелязани като незадължителни.
keeping-in-touch = Поддържане на връзка (незадължително)
email-label = Адрес на електронна поща (незадължително)
email-hint = Само ако желаете организаторите да ви информират за тази инициатива. Съхранява се отделно от изявлението ви.
email-consent = Съгласен/съгласна съм организаторите да използват адреса ми на електронна поща, за да ме информират за тази инициатива.
declaration-legend = Декларация
declaration = С настоящото удостоверявам, че предоставената в този формуляр информация е вярна и че не съм подкрепял/а досега тази предложена гражданска инициатива.
privacy = Личните ви данни се криптират за организаторите и ще бъдат предоставени само на компетентния орган на вашата държава членка за проверка на изявлението, след което ще бъдат унищожени най-късно 21 месеца след началото на събирането (Регламент (ЕС) 2019/788, член 19).
submit = Подкрепям инициативата
id-number-hint = Както е изписан в документа; интервалите и тиретата са допустими.
id-number-confirm = Потвърждавам, че номерът на документа е верен във въведения вид.

## Field labels and hints
field-full-first-names = Пълно собствено име
field-family-names = Фамилни имена
field-date-of-birth = Дата на раждане
field-street = Улица
field-street-number = Номер
field-postal-code = Пощенски код (ако има)
field-city = Населено място
field-country = Държава на пребиваване
field-id-type = Вид на документа
field-id-number = Номер на документа
field-email = Адрес на електронна поща
field-email-consent = Съгласие
field-nationality = Гражданство
field-id-number-confirmed = Потвърждение
hint-full-first-names = Всички ваши собствени имена, както в документа ви за самоличност.
hint-family-names = Всички ваши фамилни имена, както в документа ви за самоличност.
hint-date-of-birth = Ден, месец и година, например 31/12/1990.

## Identification documents
doc-passport = Паспорт
doc-id-card = Лична карта
doc-citizens-card = Гражданска карта
doc-personal-id = Личен идентификационен номер
doc-personal-number = Личен номер

## Errors next to a field
error-required = Това поле е задължително.
error-too-long = Стойността е твърде дълга.
error-invalid-characters = Стойността съдържа знаци, които не са разрешени тук.
error-invalid-format = Стойността няма очаквания формат.
error-unusual-format = Този номер няма обичайния формат; потвърдете го, ако е верен.
error-checksum = Този номер не е валиден (контролната цифра не съвпада).
error-invalid-date = Това не е валидна дата.
error-date-in-future = Тази дата е в бъдещето.
error-too-young = Все още не сте навършили възрастта, нужна за подкрепа на инициатива във вашата държава членка.
error-not-allowed = Тези данни не се изискват за вашето гражданство.
error-unknown-field = Непознато поле.
error-duplicate-field = Това поле е изпратено два пъти.
error-wrong-type = Стойността е от грешен тип.
error-unknown-nationality = Могат да подписват само граждани на държава членка на ЕС.
error-document-type-not-accepted = Вашата държава членка не приема този вид документ.
error-declaration-required = Моля, потвърдете декларацията.
error-consent-required = Моля, дайте съгласие да се свържем с вас или оставете адреса на електронна поща празен.
error-invalid-email = Това не е валиден адрес на електронна поща.

## Pages for refused submissions
unreadable-title = Нечетлив формуляр
unreadable-text = Формулярът не можа да бъде прочетен. Моля, опитайте отново.
unsupported-title = Неподдържана заявка
unsupported-text = Моля, използвайте формуляра.
too-large-title = Твърде много данни
too-large-text = Формулярът беше твърде голям, за да бъде приет.
rate-limited-title = Твърде много опити
rate-limited-text = Твърде много опити от вашата връзка. Изчакайте минута, върнете се и изпратете отново.
duplicate-title = Вече подкрепена
duplicate-text = Изявление за подкрепа с тези данни вече е регистрирано. Всеки гражданин може да подкрепи инициатива само веднъж.

## Progress page
progress-title = Напредък на събирането
progress-total = { $count ->
    [one] { $shown } изявление за подкрепа
   *[other] { $shown } изявления за подкрепа
}
progress-states = Държави членки над прага си: { $count } от { $needed }.
progress-goal = Инициативата се нуждае от поне { $total } изявления за подкрепа и достигнат праг в поне { $needed } държави членки.
progress-state = Държава членка
progress-count = Изявления
progress-threshold = Праг
progress-reached = Прагът е достигнат
progress-updated = Данните се обновяват всяка минута.

## Member states, in this language
state-AT = Австрия
state-BE = Белгия
state-BG = България
state-HR = Хърватия
state-CY = Кипър
state-CZ = Чехия
state-DK = Дания
state-EE = Естония
state-FI = Финландия
state-FR = Франция
state-DE = Германия
state-GR = Гърция
state-HU = Унгария
state-IE = Ирландия
state-IT = Италия
state-LV = Латвия
state-LT = Литва
state-LU = Люксембург
state-MT = Малта
state-NL = Нидерландия
state-PL = Полша
state-PT = Португалия
state-RO = Румъния
state-SK = Словакия
state-SI = Словения
state-ES = Испания
state-SE = Швеция
