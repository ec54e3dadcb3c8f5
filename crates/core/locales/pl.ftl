# ocs-edge: polski. Wzorzec: en.ftl (te same identyfikatory i zmienne).

## Page frame
skip-to-content = Przejdź do treści
language = Język:
footer-initiative = Europejska inicjatywa obywatelska { $id }.
official-register = Oficjalny rejestr
progress-link = Postęp zbierania
back-to-initiative = Powrót do inicjatywy

## Landing and nationality
support-title = Poparcie dla tej inicjatywy
landing-intro = Każdy obywatel Unii Europejskiej, który osiągnął wymagany wiek w swoim państwie członkowskim, może poprzeć tę inicjatywę online. Zajmuje to około minuty.
nationality-label = Obywatelstwo
nationality-hint = Wymagane dane zależą od państwa członkowskiego, którego obywatelstwo Pan/Pani posiada. W przypadku kilku obywatelstw UE prosimy wybrać jedno: inicjatywę można poprzeć tylko raz.
choose-option = Prosimy wybrać…
continue = Dalej
choose-title = Wybór obywatelstwa
unknown-nationality = „{ $code }” nie jest państwem członkowskim Unii Europejskiej.

## Collection closed
closed-title = Podpisywanie jest teraz niemożliwe
not-started = Zbieranie deklaracji poparcia jeszcze się nie rozpoczęło. Prosimy wrócić po jego rozpoczęciu.
ended = Zbieranie deklaracji poparcia zostało zakończone. Dziękujemy za zainteresowanie.

## Confirmation
thanks-title = Dziękujemy
thanks-heading = Dziękujemy: poparcie zostało zarejestrowane
thanks-stored = Pana/Pani deklaracja poparcia została zaszyfrowana dla organizatorów i zapisana.
statement-number = Numer deklaracji poparcia:
statement-number-hint = Prosimy zachować ten numer, jeśli w przyszłości zechce Pan/Pani poprosić organizatorów o usunięcie deklaracji. Numer nie ujawnia żadnych informacji o Panu/Pani.

## The form
signing-as = Obywatelstwo: { $state }.
change-nationality = Zmień obywatelstwo
note-de-abroad = Osoby mieszkające poza Niemcami mogą podpisać, podając adres za granicą, tylko wtedy, gdy zarejestrowały stałe miejsce zamieszkania we właściwym niemieckim przedstawicielstwie dyplomatycznym.
bot-check-failed = Nie udało się potwierdzić, że formularz wysyła człowiek, a nie robot. Prosimy spróbować ponownie; wprowadzone dane zostały zachowane.
bot-check-unavailable = Nie udało się teraz przeprowadzić kontroli chroniącej przed automatycznym podpisywaniem. Nic nie zostało zapisane, a wprowadzone dane zachowano: prosimy wysłać formularz ponownie za minutę.
wallet-button = Podpisz za pomocą europejskiego portfela tożsamości cyfrowej
wallet-intro = Dzięki europejskiemu portfelowi tożsamości cyfrowej Twoje dane pochodzą z poświadczenia tożsamości Twojego państwa i nie trzeba ich wpisywać.
wallet-filled = Twoje dane z portfela są wpisane poniżej i nie można ich tu zmienić. Uzupełnij to, co jest jeszcze puste, i wyślij formularz.
wallet-refused-untrusted = Nie udało się potwierdzić, że odpowiedź Twojego portfela pochodzi od uznanego dostawcy tożsamości. Nic nie zostało zapisane. Możesz wypełnić formularz samodzielnie.
wallet-refused-again = Odpowiedź Twojego portfela nie była przeznaczona dla tej strony albo nadeszła za późno. Nic nie zostało zapisane. Zapytaj portfel ponownie.
wallet-refused-expired = Twoje poświadczenie tożsamości wygasło lub nie jest już ważne. Nic nie zostało zapisane. Odnów je w portfelu albo wypełnij formularz samodzielnie.
wallet-refused-status = Nie można teraz sprawdzić ważności Twojego poświadczenia tożsamości. Nic nie zostało zapisane. Spróbuj ponownie za minutę albo wypełnij formularz samodzielnie.
wallet-refused-missing = Twój portfel nie udostępnił wszystkich danych potrzebnych w tym formularzu. Nic nie zostało zapisane. Udostępnij je albo wypełnij formularz samodzielnie.
wallet-refused-nationality = Twoje poświadczenie tożsamości nie wskazuje obywatelstwa wybranego w tym formularzu. Nic nie zostało zapisane.
wallet-unavailable = Podpisanie za pomocą portfela nie jest teraz możliwe. Nic nie zostało zapisane. Spróbuj ponownie za minutę albo wypełnij formularz samodzielnie.
error-summary-title = Prosimy poprawić następujące elementy
your-details = Dane osobowe
all-required = Wszystkie pola są obowiązkowe, chyba że oznaczono je jako nieobowiązkowe.
keeping-in-touch = Kontakt (nieobowiązkowo)
email-label = Adres e-mail (nieobowiązkowy)
email-hint = Tylko jeśli organizatorzy mają informować Pana/Panią o tej inicjatywie. Przechowywany oddzielnie od deklaracji.
email-consent = Wyrażam zgodę na wykorzystanie przez organizatorów mojego adresu e-mail w celu informowania mnie o tej inicjatywie.
declaration-legend = Oświadczenie
submit = Popieram inicjatywę
id-number-hint = Tak jak na dokumencie; spacje i myślniki są dozwolone.
id-number-confirm = Potwierdzam, że numer dokumentu jest poprawny w podanej postaci.

## Field labels and hints
field-full-first-names = Pełne imiona
field-family-names = Nazwiska
field-date-of-birth = Data urodzenia
field-street = Ulica
field-street-number = Numer
field-postal-code = Kod pocztowy
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
hint-date-of-birth = Dzień, miesiąc i rok, na przykład 31.12.1990.
hint-postal-code = Pole można pozostawić puste tylko wtedy, gdy adresy w kraju zamieszkania nie mają kodu pocztowego.

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
error-unusual-format = Ten numer ma nietypowy format; prosimy go potwierdzić, jeśli jest poprawny.
error-checksum = Ten numer jest nieprawidłowy (cyfra kontrolna się nie zgadza).
error-invalid-date = To nie jest prawidłowa data.
error-date-in-future = Ta data jest w przyszłości.
error-too-young = Wiek wymagany do poparcia inicjatywy w Pana/Pani państwie członkowskim nie został jeszcze osiągnięty.
error-not-allowed = Te dane nie są wymagane dla Pana/Pani obywatelstwa.
error-unknown-field = Nieznane pole.
error-duplicate-field = To pole zostało wysłane dwukrotnie.
error-wrong-type = Ta wartość ma niewłaściwy typ.
error-unknown-nationality = Podpisywać mogą tylko obywatele państwa członkowskiego UE.
error-document-type-not-accepted = Pana/Pani państwo członkowskie nie akceptuje tego rodzaju dokumentu.
error-declaration-required = Prosimy potwierdzić oświadczenie.
error-consent-required = Prosimy wyrazić zgodę na kontakt albo pozostawić adres e-mail pusty.
error-invalid-email = To nie jest prawidłowy adres e-mail.

## Pages for refused submissions
unreadable-title = Nieczytelny formularz
unreadable-text = Nie udało się odczytać formularza. Prosimy spróbować ponownie.
unsupported-title = Nieobsługiwane żądanie
unsupported-text = Prosimy skorzystać z formularza.
too-large-title = Za dużo danych
too-large-text = Formularz był zbyt duży, aby go przyjąć.
rate-limited-title = Zbyt wiele prób
rate-limited-text = Zbyt wiele prób z tego połączenia. Prosimy odczekać minutę, wrócić i wysłać ponownie.
duplicate-title = Już poparto
duplicate-text = Deklaracja poparcia z tymi danymi została już zarejestrowana. Każdy obywatel może poprzeć inicjatywę tylko raz.

## Progress page
progress-title = Postęp zbierania
progress-total = { $count ->
    [one] { $shown } deklaracja poparcia
    [few] { $shown } deklaracje poparcia
    [many] { $shown } deklaracji poparcia
   *[other] { $shown } deklaracji poparcia
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
receipt-text = Potwierdzenie dowodzi, że deklaracja jest w publicznym dzienniku deklaracji, nie ujawniając żadnych informacji o Panu/Pani. Prosimy je zachować, aby później sprawdzić, że deklaracja jest nadal liczona.
receipt-download = Pobierz potwierdzenie
receipt-check-link = Sprawdź potwierdzenie
check-title = Sprawdź potwierdzenie
check-heading = Sprawdzenie, czy deklaracja poparcia jest liczona
check-intro = Prosimy wybrać potwierdzenie pobrane po podpisaniu. Przeglądarka sprawdzi je w publicznym dzienniku; potwierdzenie nie jest nigdzie wysyłane.
check-file = Plik potwierdzenia
check-button = Sprawdź potwierdzenie
check-nojs = To sprawdzenie odbywa się w przeglądarce i wymaga JavaScriptu. Bez niego każdy może sprawdzić potwierdzenie bezpłatnym narzędziem organizatorów:
check-ok = Deklaracja poparcia jest liczona: jest w publicznym dzienniku, a podpis dziennika jest ważny.
check-ok-detail = Sprawdzono względem najnowszego podpisanego stanu dziennika: wpis { $leaf } z { $size } w części { $shard } dziennika.
check-fail = Nie udało się zweryfikować tego potwierdzenia.
check-fail-file = Plik nie jest potwierdzeniem z tej zbiórki albo został zmieniony. Prosimy wybrać plik pobrany po podpisaniu (receipt-….json).
check-fail-unreachable = Nie udało się teraz połączyć z publicznym dziennikiem. Prosimy spróbować ponownie za kilka minut.
check-fail-missing = Dziennik nie zawiera deklaracji tak, jak wskazuje potwierdzenie. Prosimy powiadomić organizatorów: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Europejska inicjatywa obywatelska „{ $title }”: poparcia można udzielić online, we własnym języku, w około minutę.
partner-via = Podpis za pośrednictwem: { $partner }.
partner-consent = Wyrażam również zgodę na wykorzystanie mojego adresu e-mail przez { $partner } w celu informowania mnie o tej inicjatywie.
share-heading = Prosimy zachęcić innych do podpisania
share-text = „{ $title }”: europejska inicjatywa obywatelska, którą można poprzeć online w około minutę.
share-email = E-mail
share-more = Udostępnij…
share-hint = Te linki otwierają wybraną usługę w nowym oknie; wcześniej nic nie jest do niej wysyłane.
share-address = Adres do udostępnienia

## Counters and the map
counter-partner = Deklaracje poparcia zebrane za pośrednictwem { $partner }
counter-goal = Cel: { $goal }
counter-sign = Popieram inicjatywę
counter-badge = deklaracje poparcia
map-title = Państwa członkowskie według osiągniętej części progu
map-share = { $state }: { $percent }% progu
map-none = jeszcze żadnej
map-under-25 = poniżej 25%
map-25-50 = od 25 do 50%
map-50-100 = od 50 do 100%

## Paper form
paper-link = Wydrukuj formularz papierowy, aby zbierać podpisy odręcznie
paper-title = Formularz deklaracji poparcia
paper-intro = Wydrukuj ten formularz, poproś obywateli wskazanego państwa członkowskiego o wypełnienie go odręcznie i przekaż go organizatorom.
paper-part-a = Część A: dla państw członkowskich, które nie wymagają osobistego numeru identyfikacyjnego ani numeru dokumentu
paper-part-b = Część B: dla państw członkowskich, które wymagają osobistego numeru identyfikacyjnego lub numeru dokumentu
paper-collected-by = Ten formularz zbiera { $partner } w imieniu organizatorów.
paper-table-caption = Sygnatariusze (jedna osoba w wierszu, wielkimi literami)
paper-date-signature = Data i podpis

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Informacje o inicjatywie
particular-nationals = Wszyscy sygnatariusze niniejszego formularza są obywatelami następującego państwa:
particular-registration = Numer rejestracji nadany przez Komisję Europejską:
particular-period = Data rozpoczęcia i zakończenia okresu zbierania deklaracji:
particular-register = Adres strony internetowej niniejszej inicjatywy w rejestrze Komisji Europejskiej:
particular-title = Tytuł niniejszej inicjatywy:
particular-objectives = Główne cele:
particular-contacts = Imiona i nazwiska oraz adresy e-mail zarejestrowanych osób do kontaktów:
particular-website = Strona internetowa inicjatywy (jeżeli istnieje):
date-range = od { $start } do { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Oświadczam niniejszym, że informacje podane w niniejszym formularzu są prawdziwe i że nie wyraziłem(-am) dotychczas poparcia dla tej inicjatywy.
declaration-eid = Oświadczam niniejszym, że nie wyraziłem(-am) dotychczas poparcia dla tej inicjatywy.
privacy-heading = Oświadczenie o ochronie prywatności
privacy-1 = Zgodnie z rozporządzeniem (UE) 2016/679 (rozporządzenie o ochronie danych osobowych) Pana/Pani dane osobowe podane w niniejszym formularzu zostaną wykorzystane wyłącznie na potrzeby poparcia inicjatywy i udostępnione właściwym organom krajowym do celów weryfikacji i poświadczenia. Ma Pan/Pani prawo zażądać od grupy organizatorów niniejszej inicjatywy dostępu do swoich danych osobowych, ich poprawienia i usunięcia oraz ograniczenia ich przetwarzania.
privacy-2 = Pana/Pani dane będą przechowywane przez grupę organizatorów maksymalny okres zatrzymywania wynoszący miesiąc od przedłożenia inicjatywy Komisji lub 21 miesięcy po rozpoczęciu okresu zbierania deklaracji, w zależności od tego, co nastąpi wcześniej. Mogą one być zatrzymywane dłużej w przypadku postępowań administracyjnych lub sądowych przez okres nie dłuższy niż miesiąc po dacie zakończenia tych postępowań.
privacy-3 = Bez uszczerbku dla jakichkolwiek innych administracyjnych lub sądowych środków prawnych, przysługuje Panu/Pani prawo do wniesienia w każdej chwili skargi do organu ochrony danych, w szczególności w państwie członkowskim miejsca zwykłego pobytu, miejsca pracy lub miejsca, w którym miało miejsce domniemane naruszenie, jeżeli uważa Pan/Pani, że Pana/Pani dane są przetwarzane niezgodnie z prawem.
privacy-4 = Przedstawiciele grupy organizatorów inicjatywy lub, w stosownych przypadkach, podmiot prawny przez nią utworzony, są administratorami danych w rozumieniu ogólnego rozporządzenia o ochronie danych i można się z nimi kontaktować, korzystając z danych zawartych w niniejszym formularzu.
privacy-5 = Dane kontaktowe inspektora ochrony danych (w stosownych przypadkach) są dostępne pod adresem internetowym niniejszej inicjatywy w rejestrze Komisji Europejskiej podanym w pkt 4 niniejszego formularza.
privacy-6 = Dane kontaktowe organu krajowego, który będzie otrzymywał i przetwarzał Pana/Pani dane osobowe, oraz dane kontaktowe krajowych organów ochrony danych są dostępne na stronie internetowej: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=pl.
controller-label = Administrator danych:
controller-representative = { $name }, przedstawiciel grupy organizatorów
controller-contact = Kontakt w sprawie danych osobowych:
dpo-label = Inspektor ochrony danych:
dpo-none = nie wyznaczono

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Jak ta strona przetwarza dane
notice-intro = Oświadczenie o ochronie prywatności na formularzu dotyczy deklaracji poparcia. Ta strona opisuje wszystko inne, co serwis przetwarza podczas odwiedzin lub podpisywania: co, w jakim celu, jak długo i przez kogo.
notice-statement-heading = Deklaracja poparcia
notice-statement = Serwis sprawdza deklarację poparcia, od razu ją szyfruje tak, aby tylko organizatorzy mogli ją otworzyć, i przechowuje wyłącznie zaszyfrowaną deklarację: nikt, kto prowadzi serwis, nie może jej odczytać. Jest ona przechowywana i usuwana zgodnie z oświadczeniem o ochronie prywatności.
notice-bot-heading = Kontrola chroniąca przed automatycznym podpisywaniem
notice-bot = Zanim deklaracja zostanie przyjęta, Cloudflare Turnstile sprawdza, czy wysyła ją człowiek, na podstawie sygnałów takich jak adres IP i identyfikacja przeglądarki. Cloudflare przetwarza je wyłącznie w celu odróżnienia ludzi od botów, zgodnie ze swoim aneksem o prywatności dla Turnstile; serwis otrzymuje tylko wynik.
notice-limit-heading = Limit powtarzanych prób
notice-limit = Aby zapobiec masowemu wysyłaniu, serwis przez minutę liczy próby z każdego połączenia pod kodem obliczonym jednokierunkowo z adresu IP, nigdy pod samym adresem. Po tej minucie licznik jest zapominany.
notice-log-heading = Publiczny dziennik deklaracji
notice-log = Każda zapisana deklaracja dodaje wpis do publicznego dziennika, aby każdy mógł sprawdzić, że żadna deklaracja nie została usunięta ani zmieniona. Wpis jest jednokierunkowym odciskiem zaszyfrowanej deklaracji i nie ujawnia żadnych informacji o osobie, która ją złożyła. Dziennik jest usuwany razem z deklaracjami. Potwierdzenie pozostaje na urządzeniu, dopóki nie zostanie przekazane dalej.
notice-email-heading = Adres e-mail
notice-email = Tylko jeśli zostanie podany i zaznaczona zostanie zgoda: jest szyfrowany dla organizatorów, przechowywany oddzielnie od deklaracji i wykorzystywany wyłącznie do informowania o tej inicjatywie. Jest usuwany razem z deklaracjami albo wcześniej, po wycofaniu zgody wiadomością wysłaną na podany niżej kontakt.
notice-hosting-heading = Hosting
notice-hosting = Serwis działa w sieci Cloudflare, Inc., która przetwarza go w imieniu organizatorów jako podmiot przetwarzający. Zaszyfrowane deklaracje są przechowywane { $where ->
    [eu] w centrach danych w Unii Europejskiej
   *[other] w centrach danych wybranych przez Cloudflare
}.
notice-records-heading = Dzienniki techniczne i pliki cookie
notice-records = Serwis nie zapisuje w swoich dziennikach technicznych danych osobowych ani adresów IP. Nie używa plików cookie i nie ładuje niczego z innych stron poza kontrolą chroniącą przed automatycznym podpisywaniem.
notice-rights-heading = Prawa i kontakt
notice-rights = Przysługują Panu/Pani prawa wymienione w oświadczeniu o ochronie prywatności, także w odniesieniu do tego przetwarzania. W celu ich wykonania lub z pytaniami dotyczącymi tej strony prosimy kontaktować się z administratorem danych:
