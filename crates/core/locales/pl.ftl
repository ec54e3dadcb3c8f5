# ocs-edge: polski. Wzorzec: en.ftl (te same identyfikatory i zmienne).

## Page frame
skip-to-content = Przejdź do treści
language = Język:
footer-initiative = Europejska inicjatywa obywatelska { $id }.
official-register = Oficjalny rejestr
progress-link = Postęp zbierania
back-to-initiative = Powrót do inicjatywy
collection-period = Okres zbierania: od { $start } do { $end }.

## Landing and nationality
support-title = Poprzyj tę inicjatywę
registration-number = Numer rejestracyjny:
landing-intro = Każdy obywatel Unii Europejskiej, który osiągnął wymagany wiek w swoim państwie członkowskim, może poprzeć tę inicjatywę online. Zajmuje to około minuty.
nationality-label = Twoje obywatelstwo
nationality-hint = Wymagane dane zależą od państwa członkowskiego, którego jesteś obywatelem. Jeśli masz kilka obywatelstw UE, wybierz jedno: inicjatywę można poprzeć tylko raz.
choose-option = Wybierz…
continue = Dalej
choose-title = Wybierz swoje obywatelstwo
unknown-nationality = „{ $code }” nie jest państwem członkowskim Unii Europejskiej.

## Collection closed
closed-title = Zbieranie zakończone
not-started = Zbieranie deklaracji poparcia jeszcze się nie rozpoczęło. Wróć, gdy się rozpocznie.
ended = Zbieranie deklaracji poparcia zostało zakończone. Dziękujemy za zainteresowanie.

## Confirmation
thanks-title = Dziękujemy
thanks-heading = Dziękujemy: Twoje poparcie zostało zarejestrowane
thanks-stored = Twoja deklaracja poparcia została zaszyfrowana dla organizatorów i zapisana.
statement-number = Numer deklaracji:
statement-number-hint = Zachowaj ten numer, jeśli w przyszłości zechcesz poprosić organizatorów o usunięcie deklaracji. Nie ujawnia on nic na Twój temat.

## The form
signing-as = Podpisujesz jako obywatel państwa: { $state }.
change-nationality = Zmień obywatelstwo
note-de-abroad = Jeśli mieszkasz poza Niemcami, możesz podpisać, podając adres za granicą, tylko wtedy, gdy zarejestrowałeś stałe miejsce zamieszkania we właściwym niemieckim przedstawicielstwie dyplomatycznym.
bot-check-failed = Nie udało się potwierdzić, że nie jesteś robotem. Spróbuj ponownie; wprowadzone dane zostały zachowane.
bot-check-unavailable = Nie udało się teraz przeprowadzić kontroli chroniącej przed automatycznym podpisywaniem. Nic nie zostało zapisane, a wprowadzone dane zachowano: wyślij formularz ponownie za minutę.
error-summary-title = Popraw następujące elementy
your-details = Twoje dane
all-required = Wszystkie pola są obowiązkowe, chyba że oznaczono je jako nieobowiązkowe.
keeping-in-touch = Pozostań w kontakcie (nieobowiązkowe)
email-label = Adres e-mail (nieobowiązkowy)
email-hint = Tylko jeśli chcesz, aby organizatorzy informowali Cię o tej inicjatywie. Przechowywany oddzielnie od deklaracji.
email-consent = Wyrażam zgodę na wykorzystanie przez organizatorów mojego adresu e-mail w celu informowania mnie o tej inicjatywie.
declaration-legend = Oświadczenie
declaration = Niniejszym oświadczam, że informacje podane przeze mnie w niniejszym formularzu są prawdziwe i że nie poparłem(-am) wcześniej tej proponowanej inicjatywy obywatelskiej.
privacy = Twoje dane osobowe są szyfrowane dla organizatorów i zostaną udostępnione wyłącznie właściwemu organowi Twojego państwa członkowskiego w celu weryfikacji deklaracji, a następnie zniszczone najpóźniej 21 miesięcy po rozpoczęciu zbierania (rozporządzenie (UE) 2019/788, art. 19).
submit = Poprzyj inicjatywę
id-number-hint = Tak jak na dokumencie; spacje i myślniki są dozwolone.
id-number-confirm = Potwierdzam, że numer dokumentu jest poprawny w podanej postaci.

## Field labels and hints
field-full-first-names = Pełne imiona
field-family-names = Nazwiska
field-date-of-birth = Data urodzenia
field-street = Ulica
field-street-number = Numer
field-postal-code = Kod pocztowy (jeśli istnieje)
field-city = Miejscowość
field-country = Kraj zamieszkania
field-id-type = Rodzaj dokumentu
field-id-number = Numer dokumentu
field-email = Adres e-mail
field-email-consent = Zgoda
field-nationality = Obywatelstwo
field-id-number-confirmed = Potwierdzenie
hint-full-first-names = Wszystkie imiona, tak jak w dokumencie tożsamości.
hint-family-names = Wszystkie nazwiska, tak jak w dokumencie tożsamości.
hint-date-of-birth = Dzień, miesiąc i rok, na przykład 31/12/1990.

## Identification documents
doc-passport = Paszport
doc-id-card = Dowód osobisty
doc-citizens-card = Karta obywatela
doc-personal-id = Osobisty numer identyfikacyjny
doc-personal-number = Numer osobisty

## Errors next to a field
error-required = To pole jest obowiązkowe.
error-too-long = Ta wartość jest za długa.
error-invalid-characters = Ta wartość zawiera znaki, które nie są tu dozwolone.
error-invalid-format = Ta wartość nie ma oczekiwanego formatu.
error-unusual-format = Ten numer ma nietypowy format; potwierdź go, jeśli jest poprawny.
error-checksum = Ten numer jest nieprawidłowy (cyfra kontrolna się nie zgadza).
error-invalid-date = To nie jest prawidłowa data.
error-date-in-future = Ta data jest w przyszłości.
error-too-young = Nie osiągnąłeś(-ęłaś) jeszcze wieku wymaganego do poparcia inicjatywy w swoim państwie członkowskim.
error-not-allowed = Te dane nie są wymagane dla Twojego obywatelstwa.
error-unknown-field = Nieznane pole.
error-duplicate-field = To pole zostało wysłane dwukrotnie.
error-wrong-type = Ta wartość ma niewłaściwy typ.
error-unknown-nationality = Podpisywać mogą tylko obywatele państwa członkowskiego UE.
error-document-type-not-accepted = Twoje państwo członkowskie nie akceptuje tego rodzaju dokumentu.
error-declaration-required = Potwierdź oświadczenie.
error-consent-required = Wyraź zgodę na kontakt albo pozostaw adres e-mail pusty.
error-invalid-email = To nie jest prawidłowy adres e-mail.

## Pages for refused submissions
unreadable-title = Nieczytelny formularz
unreadable-text = Nie udało się odczytać formularza. Spróbuj ponownie.
unsupported-title = Nieobsługiwane żądanie
unsupported-text = Skorzystaj z formularza.
too-large-title = Za dużo danych
too-large-text = Formularz był zbyt duży, aby go przyjąć.
rate-limited-title = Zbyt wiele prób
rate-limited-text = Zbyt wiele prób z Twojego połączenia. Odczekaj minutę, wróć i wyślij ponownie.
duplicate-title = Już poparto
duplicate-text = Deklaracja poparcia z tymi danymi została już zarejestrowana. Każdy obywatel może poprzeć inicjatywę tylko raz.

## Progress page
progress-title = Postęp zbierania
progress-total = { $count ->
    [one] { $shown } deklaracja poparcia
    [few] { $shown } deklaracje poparcia
   *[many] { $shown } deklaracji poparcia
}
progress-states = Państwa członkowskie powyżej progu: { $count } z { $needed }.
progress-goal = Inicjatywa potrzebuje co najmniej { $total } deklaracji poparcia i osiągnięcia progu w co najmniej { $needed } państwach członkowskich.
progress-state = Państwo członkowskie
progress-count = Deklaracje
progress-threshold = Próg
progress-reached = Próg osiągnięty
progress-updated = Dane są aktualizowane co minutę.

## Member states, in this language
state-AT = Austria
state-BE = Belgia
state-BG = Bułgaria
state-HR = Chorwacja
state-CY = Cypr
state-CZ = Czechy
state-DK = Dania
state-EE = Estonia
state-FI = Finlandia
state-FR = Francja
state-DE = Niemcy
state-GR = Grecja
state-HU = Węgry
state-IE = Irlandia
state-IT = Włochy
state-LV = Łotwa
state-LT = Litwa
state-LU = Luksemburg
state-MT = Malta
state-NL = Niderlandy
state-PL = Polska
state-PT = Portugalia
state-RO = Rumunia
state-SK = Słowacja
state-SI = Słowenia
state-ES = Hiszpania
state-SE = Szwecja

## Receipts and their check (docs/transparency.md)
receipt-text = Potwierdzenie dowodzi, że Twoja deklaracja jest w publicznym rejestrze deklaracji, nie ujawniając niczego o Tobie. Zachowaj je, aby później sprawdzić, że nadal jest liczona.
receipt-download = Pobierz potwierdzenie
receipt-check-link = Sprawdź potwierdzenie
check-title = Sprawdź potwierdzenie
check-heading = Sprawdź, czy Twoja deklaracja jest liczona
check-intro = Wybierz potwierdzenie pobrane po podpisaniu. Przeglądarka sprawdzi je w publicznym rejestrze; potwierdzenie nie jest nigdzie wysyłane.
check-file = Plik potwierdzenia
check-button = Sprawdź potwierdzenie
check-nojs = To sprawdzenie odbywa się w przeglądarce i wymaga JavaScriptu. Bez niego każdy może sprawdzić potwierdzenie bezpłatnym narzędziem organizatorów:
check-ok = Twoja deklaracja jest liczona: jest w publicznym rejestrze, a podpis rejestru jest ważny.
check-fail = Nie udało się zweryfikować tego potwierdzenia.

## Campaigns: partners, sharing, link previews
meta-description = Poprzyj online europejską inicjatywę obywatelską „{ $title }” w swoim języku. Zajmuje to około minuty.
partner-via = Podpisujesz za pośrednictwem { $partner }.
partner-consent = Zgadzam się również, aby { $partner } używał mojego adresu e-mail do informowania mnie o tej inicjatywie.
share-heading = Poproś innych o podpis
share-text = Poparłem europejską inicjatywę obywatelską „{ $title }”. Ty też możesz:
share-email = E-mail
share-more = Udostępnij…
share-hint = Te linki otwierają wybraną usługę w nowym oknie; wcześniej nic nie jest do niej wysyłane.
share-address = Adres do udostępnienia

## Counters and the map
counter-partner = Deklaracje poparcia zebrane za pośrednictwem { $partner }
counter-goal = Cel: { $goal }
counter-sign = Poprzyj inicjatywę
counter-badge = deklaracji poparcia
map-title = Państwa członkowskie według osiągniętej części progu
map-share = { $state }: { $percent } % progu
map-under-25 = poniżej 25 %
map-25-50 = od 25 do 50 %
map-50-100 = od 50 do 100 %

## Paper form
paper-link = Wydrukuj formularz papierowy, aby zbierać podpisy odręcznie
paper-title = Formularz deklaracji poparcia
paper-intro = Wydrukuj ten formularz, poproś obywateli wskazanego państwa członkowskiego o wypełnienie go odręcznie i przekaż go organizatorom.
paper-part-a = Część A: dla państw członkowskich, które nie wymagają osobistego numeru identyfikacyjnego ani numeru dokumentu
paper-part-b = Część B: dla państw członkowskich, które wymagają osobistego numeru identyfikacyjnego lub numeru dokumentu
paper-nationals = Wszyscy sygnatariusze tego formularza są obywatelami państwa: { $state }.
paper-collected-by = Ten formularz zbiera { $partner } w imieniu organizatorów.
paper-registered-on = Data rejestracji:
paper-register = Adres internetowy tej inicjatywy w rejestrze Komisji:
paper-initiative-title = Tytuł proponowanej inicjatywy obywatelskiej:
paper-objectives = Jej główne cele:
paper-contacts = Imiona, nazwiska i adresy e-mail zarejestrowanych osób do kontaktów:
paper-website = Strona internetowa proponowanej inicjatywy obywatelskiej:
paper-table-caption = Sygnatariusze (jedna osoba w wierszu, wielkimi literami)
paper-privacy = Organizatorzy udostępnią Twoje dane osobowe wyłącznie właściwemu organowi Twojego państwa członkowskiego w celu weryfikacji deklaracji i zniszczą je najpóźniej 21 miesięcy od rozpoczęcia zbierania (rozporządzenie (UE) 2019/788, art. 19).
paper-date-signature = Data i podpis
