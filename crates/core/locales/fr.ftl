# ocs-edge : français. Référence : en.ftl (mêmes identifiants et variables).

## Page frame
skip-to-content = Aller au contenu
language = Langue :
footer-initiative = Initiative citoyenne européenne { $id }.
official-register = Registre officiel
progress-link = État de la collecte
back-to-initiative = Retour à l'initiative

## Landing and nationality
support-title = Soutenir cette initiative
landing-intro = Tout citoyen de l'Union européenne ayant l'âge requis dans son État membre peut soutenir cette initiative en ligne. Cela prend environ une minute.
nationality-label = Votre nationalité
nationality-hint = Les données demandées dépendent de l'État membre dont vous êtes ressortissant. Si vous avez plusieurs nationalités de l'UE, choisissez-en une : vous ne pouvez soutenir une initiative qu'une seule fois.
choose-option = Choisir…
continue = Continuer
choose-title = Choisissez votre nationalité
unknown-nationality = « { $code } » n'est pas un État membre de l'Union européenne.

## Collection closed
closed-title = Signature impossible pour le moment
not-started = La collecte des déclarations de soutien n'a pas encore commencé. Revenez lorsqu'elle aura débuté.
ended = La collecte des déclarations de soutien est terminée. Merci de votre intérêt.

## Confirmation
thanks-title = Merci
thanks-heading = Merci : votre soutien a été enregistré
thanks-stored = Votre déclaration de soutien a été chiffrée pour les organisateurs et enregistrée.
statement-number = Numéro de votre déclaration de soutien :
statement-number-hint = Conservez ce numéro si vous souhaitez plus tard demander aux organisateurs de supprimer votre déclaration. Il ne révèle rien sur vous.

## The form
signing-as = Votre nationalité : { $state }.
change-nationality = Changer de nationalité
note-de-abroad = Si vous résidez hors d'Allemagne, vous ne pouvez signer avec votre adresse à l'étranger que si vous avez déclaré votre résidence permanente auprès de la représentation diplomatique allemande compétente.
bot-check-failed = Nous n'avons pas pu confirmer que vous n'êtes pas un robot. Veuillez réessayer ; vos données ont été conservées.
bot-check-unavailable = Le contrôle contre les signatures automatiques n'a pas pu être effectué pour le moment. Rien n'a été enregistré et vos données ont été conservées : veuillez renvoyer le formulaire dans une minute.
wallet-button = Signer avec votre portefeuille européen d'identité numérique
wallet-intro = Avec votre portefeuille européen d'identité numérique, vos données proviennent du justificatif d'identité de votre pays et n'ont pas à être saisies.
wallet-filled = Vos données issues du portefeuille sont remplies ci-dessous et ne peuvent pas être modifiées ici. Complétez ce qui est encore vide, puis envoyez le formulaire.
wallet-refused-untrusted = La réponse de votre portefeuille n'a pas pu être vérifiée comme venant d'un fournisseur d'identité reconnu. Rien n'a été enregistré. Vous pouvez remplir le formulaire vous-même.
wallet-refused-again = La réponse de votre portefeuille n'était pas destinée à cette page, ou elle est arrivée trop tard. Rien n'a été enregistré. Veuillez interroger à nouveau votre portefeuille.
wallet-refused-expired = Votre justificatif d'identité a expiré ou n'est plus valide. Rien n'a été enregistré. Renouvelez-le dans votre portefeuille, ou remplissez le formulaire vous-même.
wallet-refused-status = La validité de votre justificatif d'identité ne peut pas être vérifiée pour le moment. Rien n'a été enregistré. Veuillez réessayer dans une minute, ou remplir le formulaire vous-même.
wallet-refused-missing = Votre portefeuille n'a pas communiqué toutes les données dont ce formulaire a besoin. Rien n'a été enregistré. Veuillez les communiquer, ou remplir le formulaire vous-même.
wallet-refused-nationality = Votre justificatif d'identité n'indique pas la nationalité choisie dans ce formulaire. Rien n'a été enregistré.
wallet-unavailable = La signature avec le portefeuille n'est pas possible pour le moment. Rien n'a été enregistré. Veuillez réessayer dans une minute, ou remplir le formulaire vous-même.
error-summary-title = Veuillez corriger les points suivants
your-details = Vos données
all-required = Tous les champs sont obligatoires, sauf mention contraire.
keeping-in-touch = Rester informé (facultatif)
email-label = Adresse électronique (facultatif)
email-hint = Uniquement si vous souhaitez que les organisateurs vous informent de cette initiative. Conservée séparément de votre déclaration.
email-consent = J'accepte que les organisateurs utilisent mon adresse électronique pour m'informer de cette initiative.
declaration-legend = Déclaration
submit = Soutenir l'initiative
id-number-hint = Tel qu'inscrit sur le document ; les espaces et les tirets sont acceptés.
id-number-confirm = Je confirme que le numéro du document est exact tel que saisi.

## Field labels and hints
field-full-first-names = Prénoms complets
field-family-names = Noms de famille
field-date-of-birth = Date de naissance
field-street = Rue
field-street-number = Numéro
field-postal-code = Code postal
field-city = Ville
field-country = Pays de résidence
field-id-type = Type de document
field-id-number = Numéro du document
field-email = Adresse électronique
field-email-consent = Consentement
field-nationality = Nationalité
field-id-number-confirmed = Confirmation
hint-full-first-names = Tous vos prénoms, comme sur votre pièce d'identité.
hint-family-names = Tous vos noms de famille, comme sur votre pièce d'identité.
hint-date-of-birth = Jour, mois et année, par exemple 31/12/1990.
hint-postal-code = Laissez ce champ vide uniquement si les adresses de votre pays de résidence n'ont pas de code postal.

## Identification documents
doc-passport = Passeport
doc-id-card = Carte d'identité
doc-citizens-card = Carte de citoyen
doc-personal-id = Numéro d'identification personnel
doc-personal-number = Numéro personnel

## Errors next to a field
error-required = Ce champ est obligatoire.
error-too-long = Cette valeur est trop longue.
error-invalid-characters = Cette valeur contient des caractères non autorisés ici.
error-invalid-format = Cette valeur n'a pas le format attendu.
error-unusual-format = Ce numéro n'a pas le format habituel ; confirmez-le s'il est exact.
error-checksum = Ce numéro n'est pas valide (son chiffre de contrôle ne correspond pas).
error-invalid-date = Cette date n'est pas valide.
error-date-in-future = Cette date est dans le futur.
error-too-young = Vous n'avez pas encore l'âge requis pour soutenir une initiative dans votre État membre.
error-not-allowed = Cette donnée n'est pas demandée pour votre nationalité.
error-unknown-field = Champ inconnu.
error-duplicate-field = Ce champ a été envoyé deux fois.
error-wrong-type = Cette valeur n'a pas le bon type.
error-unknown-nationality = Seuls les citoyens d'un État membre de l'UE peuvent signer.
error-document-type-not-accepted = Votre État membre n'accepte pas ce type de document.
error-declaration-required = Veuillez confirmer la déclaration.
error-consent-required = Veuillez accepter d'être contacté, ou laissez l'adresse électronique vide.
error-invalid-email = Cette adresse électronique n'est pas valide.

## Pages for refused submissions
unreadable-title = Formulaire illisible
unreadable-text = Le formulaire n'a pas pu être lu. Veuillez réessayer.
unsupported-title = Requête non prise en charge
unsupported-text = Veuillez utiliser le formulaire.
too-large-title = Trop de données
too-large-text = Le formulaire était trop volumineux pour être accepté.
rate-limited-title = Trop de tentatives
rate-limited-text = Trop de tentatives depuis votre connexion. Attendez une minute, revenez en arrière et envoyez de nouveau.
duplicate-title = Déjà soutenue
duplicate-text = Une déclaration de soutien comportant ces données a déjà été enregistrée. Chaque citoyen ne peut soutenir une initiative qu'une seule fois.

## Progress page
progress-title = État de la collecte
progress-total = { $count ->
    [one] { $shown } déclaration de soutien
   *[other] { $shown } déclarations de soutien
}
progress-states = États membres ayant atteint leur seuil : { $count } sur { $needed }.
progress-goal = L'initiative doit recueillir au moins { $total } déclarations de soutien, avec le seuil atteint dans au moins { $needed } États membres.
progress-state = État membre
progress-count = Déclarations
progress-threshold = Seuil
progress-reached = Seuil atteint
progress-updated = Les chiffres sont mis à jour chaque minute.

## Member states, in this language
state-AT = Autriche
state-BE = Belgique
state-BG = Bulgarie
state-HR = Croatie
state-CY = Chypre
state-CZ = Tchéquie
state-DK = Danemark
state-EE = Estonie
state-FI = Finlande
state-FR = France
state-DE = Allemagne
state-GR = Grèce
state-HU = Hongrie
state-IE = Irlande
state-IT = Italie
state-LV = Lettonie
state-LT = Lituanie
state-LU = Luxembourg
state-MT = Malte
state-NL = Pays-Bas
state-PL = Pologne
state-PT = Portugal
state-RO = Roumanie
state-SK = Slovaquie
state-SI = Slovénie
state-ES = Espagne
state-SE = Suède

## Receipts and their check (docs/transparency.md)
receipt-text = Votre reçu prouve que votre déclaration figure dans le journal public des déclarations, sans rien révéler sur vous. Conservez-le pour vérifier plus tard qu'elle est toujours comptée.
receipt-download = Télécharger le reçu
receipt-check-link = Vérifier un reçu
check-title = Vérifier un reçu
check-heading = Vérifier que votre déclaration est comptée
check-intro = Choisissez le reçu téléchargé après la signature. Votre navigateur le vérifie auprès du journal public ; le reçu n'est envoyé nulle part.
check-file = Fichier du reçu
check-button = Vérifier le reçu
check-nojs = Cette vérification se fait dans votre navigateur et nécessite JavaScript. Sans JavaScript, chacun peut vérifier un reçu avec l'outil gratuit des organisateurs :
check-ok = Votre déclaration est comptée : elle figure dans le journal public, dont la signature est valide.
check-ok-detail = Vérifié auprès du dernier état signé du journal : entrée { $leaf } sur { $size } dans la partie { $shard } du journal.
check-fail = Ce reçu n'a pas pu être vérifié.
check-fail-file = Ce fichier n'est pas un reçu de cette collecte, ou il a été modifié. Choisissez le fichier téléchargé après la signature (receipt-….json).
check-fail-unreachable = Le journal public n'a pas pu être consulté pour le moment. Veuillez réessayer dans quelques minutes.
check-fail-missing = Le journal ne contient pas votre déclaration comme le reçu l'indique. Veuillez en informer les organisateurs : { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Soutenez en ligne l'initiative citoyenne européenne « { $title } », dans votre langue. Cela prend environ une minute.
partner-via = Vous signez par l'intermédiaire de { $partner }.
partner-consent = J'accepte aussi que { $partner } utilise mon adresse électronique pour m'informer sur cette initiative.
share-heading = Invitez d'autres personnes à signer
share-text = « { $title } » : une initiative citoyenne européenne que vous pouvez soutenir en ligne en une minute environ.
share-email = Courriel
share-more = Partager…
share-hint = Ces liens ouvrent le service choisi dans une nouvelle fenêtre ; rien ne lui est envoyé avant.
share-address = Adresse à partager

## Counters and the map
counter-partner = Déclarations de soutien recueillies par l'intermédiaire de { $partner }
counter-goal = Objectif : { $goal }
counter-sign = Soutenir l'initiative
counter-badge = déclarations de soutien
map-title = États membres selon la part de leur seuil atteinte
map-share = { $state } : { $percent } % de son seuil
map-none = aucune pour l'instant
map-under-25 = moins de 25 %
map-25-50 = de 25 à 50 %
map-50-100 = de 50 à 100 %

## Paper form
paper-link = Imprimer un formulaire papier pour recueillir des signatures à la main
paper-title = Formulaire de déclaration de soutien
paper-intro = Imprimez ce formulaire, faites-le remplir à la main par des citoyens de l'État membre indiqué et remettez-le aux organisateurs.
paper-part-a = Partie A : pour les États membres qui n'exigent pas de numéro d'identification personnel ni de numéro de document
paper-part-b = Partie B : pour les États membres qui exigent un numéro d'identification personnel ou un numéro de document
paper-collected-by = Ce formulaire est recueilli par { $partner } pour le compte des organisateurs.
paper-table-caption = Signataires (une personne par ligne, en lettres capitales)
paper-date-signature = Date et signature

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = À propos de cette initiative
particular-nationals = Tous les signataires du présent formulaire sont ressortissants de :
particular-registration = Numéro d'enregistrement de la Commission européenne :
particular-period = Date de début et de fin de la période de collecte :
particular-register = Adresse internet de la présente initiative dans le registre de la Commission européenne :
particular-title = Intitulé de la présente initiative :
particular-objectives = Principaux objectifs :
particular-contacts = Noms et adresses électroniques des personnes de contact enregistrées :
particular-website = Site internet de l'initiative (le cas échéant) :
date-range = du { $start } au { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Je certifie par la présente que les informations que j’ai fournies dans le présent formulaire sont exactes et que je n’ai pas encore apporté mon soutien à la présente initiative.
declaration-eid = Je certifie par la présente que je n'ai pas encore apporté mon soutien à la présente initiative citoyenne.
privacy-heading = Déclaration relative à la protection des données
privacy-1 = Conformément au règlement (UE) 2016/679 (règlement général sur la protection des données), vos données à caractère personnel mentionnées dans le présent formulaire ne seront utilisées qu'aux fins de soutien de l'initiative et communiquées qu'aux autorités nationales compétentes aux fins de vérification et de certification. Vous avez le droit de demander au groupe d'organisateurs de cette initiative l'accès à vos données à caractère personnel, la rectification ou l'effacement de ces données et la limitation de leur traitement.
privacy-2 = Vos données seront conservées par le groupe d'organisateurs pendant une période maximale d'un mois à compter de la présentation de l'initiative à la Commission européenne, ou vingt et un mois après le début de la période de collecte, la date la plus proche étant retenue. Elles peuvent être conservées au-delà de ces limites en cas de procédures judiciaires ou administratives, au maximum un mois après la date de clôture de ces procédures.
privacy-3 = Sans préjudice de tout autre recours administratif ou judiciaire, vous avez le droit de déposer une plainte à tout moment auprès d'une autorité de protection des données, en particulier dans l'État membre dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise, si vous considérez que vos données ont été traitées illégalement.
privacy-4 = Le représentant du groupe d'organisateurs de l'initiative ou, le cas échéant, l'entité juridique créée par celui-ci, est le responsable du traitement au sens du règlement général sur la protection des données et peut être contacté à l'aide des coordonnées figurant dans le présent formulaire.
privacy-5 = Les coordonnées du délégué à la protection des données (le cas échéant) sont disponibles à l'adresse internet de l'initiative dans le registre de la Commission européenne, comme indiqué au point 4 du présent formulaire.
privacy-6 = Les coordonnées de l'autorité nationale compétente qui recevra et traitera les données à caractère personnel, et les coordonnées des autorités nationales de protection des données peuvent être consultées sur: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=fr
controller-label = Responsable du traitement :
controller-representative = { $name }, représentant du groupe d'organisateurs
controller-contact = Contact pour vos données à caractère personnel :
dpo-label = Délégué à la protection des données :
dpo-none = aucun désigné

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Comment ce site traite vos données
notice-intro = La déclaration relative à la protection des données figurant sur le formulaire couvre votre déclaration de soutien. Cette page décrit tout ce que ce site traite d'autre lorsque vous le consultez ou signez : quoi, pourquoi, pendant combien de temps et par qui.
notice-statement-heading = Votre déclaration de soutien
notice-statement = Le site vérifie votre déclaration, la chiffre aussitôt de sorte que seuls les organisateurs puissent l'ouvrir, et n'enregistre que la déclaration chiffrée : personne parmi ceux qui exploitent le site ne peut la lire. Elle est conservée et supprimée comme l'indique la déclaration relative à la protection des données.
notice-bot-heading = Le contrôle contre les signatures automatiques
notice-bot = Avant qu'une déclaration soit acceptée, Cloudflare Turnstile vérifie qu'elle est envoyée par une personne, à partir de signaux tels que votre adresse IP et l'identification de votre navigateur. Cloudflare ne les traite que pour distinguer les personnes des robots, selon son avenant de confidentialité Turnstile ; le site ne reçoit que le résultat.
notice-limit-heading = La limite des tentatives répétées
notice-limit = Pour empêcher les envois en masse, le site compte les tentatives de chaque connexion pendant une minute, sous un code calculé à sens unique à partir de votre adresse IP, jamais sous l'adresse elle-même. Le compte est oublié au bout de cette minute.
notice-log-heading = Le journal public des déclarations
notice-log = Chaque déclaration enregistrée ajoute une entrée à un journal public, afin que chacun puisse vérifier qu'aucune déclaration n'a été supprimée ni modifiée. Une entrée est une empreinte à sens unique de la déclaration chiffrée et ne révèle rien sur vous. Le journal est supprimé avec les déclarations. Votre reçu reste sur votre appareil, sauf si vous le transmettez.
notice-email-heading = Votre adresse électronique
notice-email = Uniquement si vous la donnez et cochez le consentement : elle est chiffrée pour les organisateurs, conservée séparément de votre déclaration et utilisée uniquement pour vous informer de cette initiative. Elle est supprimée avec les déclarations, ou plus tôt si vous retirez votre consentement en écrivant au contact ci-dessous.
notice-hosting-heading = Hébergement
notice-hosting = Le site fonctionne sur le réseau de Cloudflare, Inc., qui le traite pour le compte des organisateurs en tant que sous-traitant. Les déclarations chiffrées sont enregistrées { $where ->
    [eu] dans des centres de données situés dans l'Union européenne
   *[other] dans des centres de données choisis par Cloudflare
}.
notice-records-heading = Journaux techniques et cookies
notice-records = Le site n'inscrit ni données à caractère personnel ni adresses IP dans ses journaux techniques. Il ne dépose aucun cookie et ne charge rien depuis d'autres sites, hormis le contrôle contre les signatures automatiques.
notice-rights-heading = Vos droits et votre contact
notice-rights = Vous disposez des droits énumérés dans la déclaration relative à la protection des données, y compris pour ces traitements. Pour les exercer, ou pour toute question sur cette page, contactez le responsable du traitement :
