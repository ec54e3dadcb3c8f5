# ocs-edge : français. Référence : en.ftl (mêmes identifiants et variables).

## Page frame
skip-to-content = Aller au contenu
language = Langue :
footer-initiative = Initiative citoyenne européenne { $id }.
official-register = Registre officiel
progress-link = État de la collecte
back-to-initiative = Retour à l'initiative
collection-period = Période de collecte : du { $start } au { $end }.

## Landing and nationality
support-title = Soutenir cette initiative
registration-number = Numéro d'enregistrement :
landing-intro = Tout citoyen de l'Union européenne ayant l'âge requis dans son État membre peut soutenir cette initiative en ligne. Cela prend environ une minute.
nationality-label = Votre nationalité
nationality-hint = Les données demandées dépendent de l'État membre dont vous êtes ressortissant. Si vous avez plusieurs nationalités de l'UE, choisissez-en une : vous ne pouvez soutenir une initiative qu'une seule fois.
choose-option = Choisir…
continue = Continuer
choose-title = Choisissez votre nationalité
unknown-nationality = « { $code } » n'est pas un État membre de l'Union européenne.

## Collection closed
closed-title = Collecte close
not-started = La collecte des déclarations de soutien n'a pas encore commencé. Revenez lorsqu'elle aura débuté.
ended = La collecte des déclarations de soutien est terminée. Merci de votre intérêt.

## Confirmation
thanks-title = Merci
thanks-heading = Merci : votre soutien a été enregistré
thanks-stored = Votre déclaration de soutien a été chiffrée pour les organisateurs et enregistrée.
statement-number = Numéro de la déclaration :
statement-number-hint = Conservez ce numéro si vous souhaitez plus tard demander aux organisateurs de supprimer votre déclaration. Il ne révèle rien sur vous.

## The form
signing-as = Vous signez en tant que ressortissant de : { $state }.
change-nationality = Changer de nationalité
note-de-abroad = Si vous résidez hors d'Allemagne, vous ne pouvez signer avec votre adresse à l'étranger que si vous avez déclaré votre résidence permanente auprès de la représentation diplomatique allemande compétente.
bot-check-failed = Nous n'avons pas pu confirmer que vous n'êtes pas un robot. Veuillez réessayer ; vos données ont été conservées.
bot-check-unavailable = Le contrôle contre les signatures automatiques n'a pas pu être effectué pour le moment. Rien n'a été enregistré et vos données ont été conservées : veuillez renvoyer le formulaire dans une minute.
error-summary-title = Veuillez corriger les points suivants
your-details = Vos données
all-required = Tous les champs sont obligatoires, sauf mention contraire.
keeping-in-touch = Rester informé (facultatif)
email-label = Adresse électronique (facultatif)
email-hint = Uniquement si vous souhaitez que les organisateurs vous informent de cette initiative. Conservée séparément de votre déclaration.
email-consent = J'accepte que les organisateurs utilisent mon adresse électronique pour m'informer de cette initiative.
declaration-legend = Déclaration
declaration = Je certifie par la présente que les informations que j'ai fournies dans ce formulaire sont exactes et que je n'ai pas encore apporté mon soutien à la présente initiative citoyenne proposée.
privacy = Vos données à caractère personnel sont chiffrées pour les organisateurs et ne seront communiquées qu'à l'autorité compétente de votre État membre pour vérifier votre déclaration, puis détruites au plus tard 21 mois après le début de la collecte (règlement (UE) 2019/788, article 19).
submit = Soutenir l'initiative
id-number-hint = Tel qu'inscrit sur le document ; les espaces et les tirets sont acceptés.
id-number-confirm = Je confirme que le numéro du document est exact tel que saisi.

## Field labels and hints
field-full-first-names = Prénoms complets
field-family-names = Noms de famille
field-date-of-birth = Date de naissance
field-street = Rue
field-street-number = Numéro
field-postal-code = Code postal (le cas échéant)
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
error-unusual-format = Ce numéro n'a pas le format habituel ; confirmez-le s'il est exact.
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
progress-states = États membres ayant atteint leur seuil : { $count } sur { $needed }.
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
receipt-text = Votre reçu prouve que votre déclaration figure dans le registre public des déclarations, sans rien révéler sur vous. Conservez-le pour vérifier plus tard qu'elle est toujours comptée.
receipt-download = Télécharger le reçu
receipt-check-link = Vérifier un reçu
check-title = Vérifier un reçu
check-heading = Vérifier que votre déclaration est comptée
check-intro = Choisissez le reçu téléchargé après la signature. Votre navigateur le vérifie auprès du registre public ; le reçu n'est envoyé nulle part.
check-file = Fichier du reçu
check-button = Vérifier le reçu
check-nojs = Cette vérification se fait dans votre navigateur et nécessite JavaScript. Sans JavaScript, chacun peut vérifier un reçu avec l'outil gratuit des organisateurs :
check-ok = Votre déclaration est comptée : elle figure dans le registre public, dont la signature est valide.
check-fail = Ce reçu n'a pas pu être vérifié.

## Campaigns: partners, sharing, link previews
meta-description = Soutenez en ligne l'initiative citoyenne européenne « { $title } », dans votre langue. Cela prend environ une minute.
partner-via = Vous signez par l'intermédiaire de { $partner }.
partner-consent = J'accepte aussi que { $partner } utilise mon adresse électronique pour m'informer sur cette initiative.
share-heading = Invitez d'autres personnes à signer
share-text = J'ai soutenu l'initiative citoyenne européenne « { $title } ». Vous pouvez le faire aussi :
share-email = Courriel
share-more = Partager…
share-hint = Ces liens ouvrent le service choisi dans une nouvelle fenêtre ; rien ne lui est envoyé avant.
share-address = Adresse à partager

## Counters and the map
counter-partner = Déclarations de soutien recueillies par l'intermédiaire de { $partner }
counter-goal = Objectif : { $goal }
counter-sign = Soutenir l'initiative
counter-badge = déclarations de soutien
map-title = États membres selon la part de leur seuil atteinte
map-share = { $state } : { $percent } % de son seuil
map-under-25 = moins de 25 %
map-25-50 = de 25 à 50 %
map-50-100 = de 50 à 100 %

## Paper form
paper-link = Imprimer un formulaire papier pour recueillir des signatures à la main
paper-title = Formulaire de déclaration de soutien
paper-intro = Imprimez ce formulaire, faites-le remplir à la main par des citoyens de l'État membre indiqué et remettez-le aux organisateurs.
paper-part-a = Partie A : pour les États membres qui n'exigent pas de numéro d'identification personnel ni de numéro de document
paper-part-b = Partie B : pour les États membres qui exigent un numéro d'identification personnel ou un numéro de document
paper-nationals = Tous les signataires de ce formulaire sont ressortissants de l'État suivant : { $state }.
paper-collected-by = Ce formulaire est recueilli par { $partner } pour le compte des organisateurs.
paper-registered-on = Date d'enregistrement :
paper-register = Adresse internet de cette initiative dans le registre de la Commission :
paper-initiative-title = Intitulé de la proposition d'initiative citoyenne :
paper-objectives = Ses principaux objectifs :
paper-contacts = Noms et adresses électroniques des personnes de contact enregistrées :
paper-website = Site internet de la proposition d'initiative citoyenne :
paper-table-caption = Signataires (une personne par ligne, en lettres capitales)
paper-privacy = Les organisateurs ne communiqueront vos données à caractère personnel qu'à l'autorité compétente de votre État membre pour vérifier votre déclaration et les détruiront au plus tard 21 mois après le début de la collecte (règlement (UE) 2019/788, article 19).
paper-date-signature = Date et signature
