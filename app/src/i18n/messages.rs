//! Every user-facing text, Danish first. Add a key here and use it as `i18n.t(Msg::Key)`;
//! `{name}` placeholders are filled by `Lang::fill`.
use serde::{Deserialize, Serialize};

/// A table of texts: `texts! { Name; Key { da: "…", en: "…" } … }` gives the enum `Name`
/// with `ALL`, `name()` and `text(lang)`, and its [`Text`](super::Text) impl. The page
/// texts are `Msg` (here); the emails' are `email::MailText`, server only, so the browser's
/// bundle carries none of them.
macro_rules! texts {
    ($enum:ident; $( $key:ident { da: $da:literal, en: $en:literal $(,)? } )*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $enum { $($key),* }

        impl $enum {
            pub const ALL: &'static [$enum] = &[$($enum::$key),*];
            const NAMES: &'static [&'static str] = &[$(stringify!($key)),*];

            pub const fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                use $crate::i18n::Lang;
                match (self, lang) {
                    $( ($enum::$key, Lang::Da) => $da, ($enum::$key, Lang::En) => $en, )*
                }
            }

            pub fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }
        }

        impl $crate::i18n::Text for $enum {
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                $enum::text(self, lang)
            }
        }
    };
}
#[cfg(feature = "ssr")]
pub(crate) use texts;

/// Keys travel by name (`"ErrorTooLong"`), readable in JSON. Written by hand rather than
/// derived: serde's derive for an enum this size costs tens of kilobytes of WASM per
/// deserializer, a lookup in one table costs almost nothing.
impl Msg {
    pub fn from_name(name: &str) -> Option<Msg> {
        Self::NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| Self::ALL[i])
    }
}

impl Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Msg {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Msg::from_name(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown message {name}")))
    }
}

texts! {
    Msg;
    // Site
    SiteName { da: "Socialøkonomi i Nordjylland", en: "Social Economy in North Jutland" }
    SkipToContent { da: "Gå til indhold", en: "Skip to content" }
    MainNavigation { da: "Hovedmenu", en: "Main menu" }
    NavHome { da: "Forside", en: "Home" }
    NavRegistry { da: "Virksomheder", en: "Enterprises" }
    FooterText {
        da: "Kommunernes indgang for socialøkonomiske virksomheder. Eksempeldata: virksomhederne er opdigtede.",
        en: "The municipalities' entry point for social-economy enterprises. Demo data: the companies are fictional.",
    }
    LanguageName { da: "Dansk", en: "English" }
    SwitchLanguageHint { da: "Skift sprog", en: "Change language" }
    Loading { da: "Henter …", en: "Loading …" }
    Breadcrumb { da: "Brødkrumme", en: "Breadcrumb" }

    // Home
    HomeTitle { da: "Forside", en: "Home" }
    HomeHeading { da: "Én indgang til kommunen for socialøkonomiske virksomheder", en: "One entry point to the municipality for social-economy enterprises" }
    HomeLead {
        da: "Find de lokale socialøkonomiske virksomheder, og få hjælp til at starte og drive en.",
        en: "Find the local social-economy enterprises, and get help to start and run one.",
    }
    RsvExplainedHeading { da: "Hvad er en registreret socialøkonomisk virksomhed?", en: "What is a registered social-economy enterprise?" }
    RsvExplainedText {
        da: "En virksomhed med et socialt formål, der driver forretning, er uafhængig af det offentlige, inddrager sine interessenter og bruger sit overskud socialt, kan registreres hos Erhvervsstyrelsen som socialøkonomisk virksomhed (RSV) efter lov nr. 711 af 25. juni 2014.",
        en: "A company with a social purpose that trades, is independent of the public sector, involves its stakeholders and uses its profit socially can register with the Danish Business Authority as a social-economy enterprise (RSV) under Act no. 711 of 25 June 2014.",
    }
    RegistryCardTitle { da: "Se virksomhederne", en: "Browse the enterprises" }
    RegistryCardText {
        da: "Søg blandt kommunernes socialøkonomiske virksomheder efter navn, by, kommune og formål.",
        en: "Search the municipalities' social-economy enterprises by name, town, municipality and purpose.",
    }

    // Not found
    NotFoundTitle { da: "Siden findes ikke", en: "Page not found" }
    NotFoundText { da: "Adressen er forkert, eller siden er flyttet.", en: "The address is wrong, or the page has moved." }
    BackToHome { da: "Til forsiden", en: "Go to the home page" }

    // Registry list
    RegistryTitle { da: "Socialøkonomiske virksomheder", en: "Social-economy enterprises" }
    RegistryHeading { da: "Socialøkonomiske virksomheder", en: "Social-economy enterprises" }
    RegistryLead {
        da: "Virksomheder i kommunerne, der arbejder for et socialt formål. Mærket viser, om kommunen har set registreringen i CVR.",
        en: "Companies in the municipalities that work for a social purpose. The label shows whether the municipality has checked the registration in the CVR register.",
    }
    SearchLabel { da: "Søg efter navn, by eller emne", en: "Search by name, town or subject" }
    MunicipalityLabel { da: "Kommune", en: "Municipality" }
    AllMunicipalities { da: "Alle kommuner", en: "All municipalities" }
    PurposeLabel { da: "Formål", en: "Purpose" }
    AllPurposes { da: "Alle formål", en: "All purposes" }
    AllLegalForms { da: "Alle selskabsformer", en: "All company forms" }
    TargetGroupFilterLabel { da: "Ansætter fra målgruppen", en: "Employs people from" }
    AllTargetGroups { da: "Alle målgrupper", en: "Any target group" }
    CheckedFilterLabel { da: "Kun dem, kommunen har kontrolleret i CVR", en: "Only those the municipality has checked in the CVR register" }
    EmploysFilterLabel { da: "Kun dem med ansatte fra målgrupperne", en: "Only those with employees from the target groups" }
    SortLabel { da: "Sortér efter", en: "Sort by" }
    SortName { da: "Navn (A–Å)", en: "Name (A–Å)" }
    SortNewest { da: "Nyeste først", en: "Newest first" }
    SortChecked { da: "Senest kontrolleret", en: "Recently checked" }
    DatasetDescription {
        da: "De socialøkonomiske virksomheder, kommunerne har optaget i deres register: formål, produkter, målgrupper, og hvornår kommunen sidst kontrollerede registreringen i CVR.",
        en: "The social-economy enterprises the municipalities have listed in their registry: purpose, products, target groups, and when the municipality last checked the registration in the CVR register.",
    }
    StatisticsTitle { da: "Registret i tal", en: "The registry in figures" }
    StatisticsLink { da: "Registret i tal", en: "The registry in figures" }
    StatisticsSummary { da: "{total} virksomheder er optaget i registret. De har {employees} ansatte, heraf {from_groups} fra målgrupperne.", en: "{total} companies are listed in the registry. They have {employees} employees, {from_groups} of them from the target groups." }
    StatsByPurpose { da: "Virksomheder efter formål", en: "Companies by purpose" }
    StatsByMunicipality { da: "Virksomheder efter kommune", en: "Companies by municipality" }
    StatsByLegalForm { da: "Virksomheder efter selskabsform", en: "Companies by company form" }
    StatsByTargetGroup { da: "Virksomheder, der ansætter fra målgruppen", en: "Companies employing people from the target group" }
    StatsPerYear { da: "Optaget i registret pr. år", en: "Listed in the registry per year" }
    StatsCount { da: "Antal", en: "Number" }
    OpenDataHeading { da: "Åbne data", en: "Open data" }
    DownloadCsv { da: "Hent denne søgning som CSV", en: "Download this search as CSV" }
    ApiLink { da: "JSON-API (OpenAPI-beskrivelse)", en: "JSON API (OpenAPI description)" }
    DatasetLink { da: "Beskrivelse af datasættet (DCAT-AP, JSON-LD)", en: "Dataset description (DCAT-AP, JSON-LD)" }
    SearchButton { da: "Søg", en: "Search" }
    NoResults { da: "Ingen virksomheder passer til søgningen.", en: "No companies match the search." }
    ResultsRange { da: "Viser {from}–{to} af {total}", en: "Showing {from}–{to} of {total}" }
    Pagination { da: "Sider", en: "Pages" }
    PageOf { da: "Side {page} af {count}", en: "Page {page} of {count}" }
    PreviousPage { da: "Forrige side", en: "Previous page" }
    NextPage { da: "Næste side", en: "Next page" }

    // Purposes (§ 5, stk. 1, nr. 1)
    PurposeSocial { da: "Socialt", en: "Social" }
    PurposeEmployment { da: "Beskæftigelse", en: "Employment" }
    PurposeHealth { da: "Sundhed", en: "Health" }
    PurposeEnvironmental { da: "Miljø", en: "Environment" }
    PurposeCultural { da: "Kultur", en: "Culture" }
    PurposeOther { da: "Andet", en: "Other" }

    // RSV status
    RsvVerified { da: "Registreret socialøkonomisk virksomhed · kontrolleret af kommunen", en: "Registered social-economy enterprise · checked by the municipality" }
    RsvClaimed { da: "Oplyser at være registreret · endnu ikke kontrolleret", en: "Says it is registered · not yet checked" }
    RsvNone { da: "Ikke registreret som socialøkonomisk virksomhed", en: "Not registered as a social-economy enterprise" }
    RsvApplied { da: "Har søgt om registrering som socialøkonomisk virksomhed", en: "Has applied for registration as a social-economy enterprise" }

    // A listing's steps (its history)
    StepApply { da: "Ansøgt", en: "Applied" }
    StepConfirm { da: "E-mail bekræftet", en: "Email confirmed" }
    StepRequestChanges { da: "Ændringer efterspurgt", en: "Changes requested" }
    StepAnswer { da: "Ansøgeren har svaret", en: "The applicant answered" }
    StepApprove { da: "Optaget i registret", en: "Listed in the registry" }
    StepReject { da: "Afvist", en: "Rejected" }
    StepUnpublish { da: "Midlertidigt fjernet fra registret", en: "Taken out of the registry for now" }
    StepRepublish { da: "Vist i registret igen", en: "Shown in the registry again" }
    StepDeregister { da: "Afregistreret", en: "Deregistered" }
    StepReverify { da: "RSV-status kontrolleret igen", en: "RSV status checked again" }
    StepEdit { da: "Oplysningerne rettet af kommunen", en: "Details corrected by the municipality" }
    StepReportReceived { da: "Årsrapport modtaget", en: "Annual report received" }
    StepReapply { da: "Søgt igen", en: "Applied again" }

    // Target groups (DOMAIN.md)
    TargetGroupEarlyRetirement { da: "Førtidspension (også skånejob)", en: "Early retirement pension (sheltered jobs too)" }
    TargetGroupResourceProgramme { da: "Ressourceforløb", en: "Resource programmes" }
    TargetGroupFlexJob { da: "Fleksjob", en: "Flex jobs" }
    TargetGroupCashBenefit { da: "Kontanthjælp", en: "Cash benefits" }
    TargetGroupVulnerable { da: "Udsatte uden for systemet", en: "Vulnerable people outside the system" }

    // Company profile
    BackToRegistry { da: "← Alle virksomheder", en: "← All enterprises" }
    CompanyNotFoundText {
        da: "Virksomheden findes ikke i registret, eller den er ikke offentliggjort.",
        en: "The company is not in the registry, or it is not published.",
    }
    FactsHeading { da: "Fakta", en: "Facts" }
    CvrLabel { da: "CVR-nummer", en: "CVR number" }
    AddressLabel { da: "Adresse", en: "Address" }
    FoundedLabel { da: "Grundlagt", en: "Founded" }
    EmployeesLabel { da: "Ansatte", en: "Employees" }
    VerifiedOnLabel { da: "RSV-status kontrolleret", en: "RSV status checked" }
    CheckSourceCvr { da: "i CVR-registret", en: "in the CVR register" }
    CheckStaleNote { da: "Sidst kontrolleret for mere end 12 måneder siden.", en: "Last checked more than 12 months ago." }
    ProductsLabel { da: "Produkter og ydelser", en: "Products and services" }
    TargetGroupsLabel { da: "Ansætter fra målgrupperne", en: "Employs people from the target groups" }
    TargetGroupEmployeesLabel { da: "Ansatte fra målgrupperne", en: "Employees from the target groups" }
    ListedOnLabel { da: "I registret siden", en: "In the registry since" }
    HistoryHeading { da: "Historik", en: "History" }
    BadgeLabel { da: "Socialøkonomisk register", en: "Social-economy registry" }
    BadgeListed { da: "Optaget", en: "Listed" }
    BadgeListedChecked { da: "Optaget · kontrolleret {date}", en: "Listed · checked {date}" }
    BadgeDeregistered { da: "Afregistreret {date}", en: "deregistered on {date}" }
    BadgeNotListed { da: "Ikke i registret", en: "Not listed" }
    BadgeHeading { da: "Vis jeres optagelse på jeres hjemmeside", en: "Show your listing on your website" }
    BadgeHelp { da: "Kopiér koden ind på jeres hjemmeside. Mærket viser altid registrets status lige nu og linker hertil.", en: "Copy the code into your website. The badge always shows the registry's status now and links here." }
    ReportError { da: "Er noget forkert? Skriv til kommunen", en: "Something wrong? Write to the municipality" }
    ContactHeading { da: "Kontakt", en: "Contact" }
    WebsiteLabel { da: "Hjemmeside", en: "Website" }
    EmailLabel { da: "E-mail", en: "Email" }
    PhoneLabel { da: "Telefon", en: "Phone" }

    // Self-assessment: reasons ({…} are filled in, amounts and dates formatted per language)
    ReasonMissingAnswer { da: "Spørgsmålet er ikke besvaret endnu.", en: "This question has not been answered yet." }
    ReasonFormEligible { da: "{form} kan registreres som socialøkonomisk virksomhed.", en: "{form} can be registered as a social-economy enterprise." }
    ReasonFormNotLegalPerson {
        da: "{form} er ikke en selvstændig juridisk person med eget CVR-nummer og kan ikke registreres. Stift fx et ApS, en forening eller en erhvervsdrivende fond til aktiviteten.",
        en: "{form} is not a legal person with a CVR number of its own and cannot be registered. Found, for example, an ApS, an association or a commercial foundation for the activity.",
    }
    ReasonFormIs {
        da: "Kilderne er uenige om, hvorvidt et I/S kan registreres. Spørg den kommunale kontaktperson, før I søger.",
        en: "Sources disagree on whether an I/S can be registered. Ask the municipal contact before you apply.",
    }
    ReasonPurposeMet {
        da: "Det primære formål ({aim}) er et af dem, loven nævner, og det står i vedtægterne.",
        en: "The primary aim ({aim}) is one the Act names, and it is written in the statutes.",
    }
    ReasonPurposeOther {
        da: "Det primære formål skal være socialt, beskæftigelsesmæssigt, sundhedsmæssigt, miljømæssigt eller kulturelt. Passer jeres formål ind under et af dem, så vælg det; er I i tvivl, så spørg kommunen.",
        en: "The primary aim must be social, employment, health, environmental or cultural. If your aim fits one of them, choose it; if in doubt, ask the municipality.",
    }
    ReasonPurposeNotInStatutes {
        da: "Formålet skal stå i vedtægterne (uden vedtægter: i stiftelsesdokumentet eller en ejeraftale). Skriv det ind, før I registrerer virksomheden.",
        en: "The aim must be written in the statutes (without statutes: in the founding document or an owners' agreement). Write it in before you register.",
    }
    ReasonCommercialNoSales {
        da: "Der er intet salg af varer eller tjenesteydelser. Erhvervsdrift kræver, at salg er en væsentlig del af omsætningen; tilskud og donationer kan komme oveni.",
        en: "There are no sales of goods or services. Commercial activity requires sales to be a substantial part of turnover; grants and donations may come on top.",
    }
    ReasonCommercialSalesAboveTotal {
        da: "Salget ({sales}) er større end den samlede omsætning ({total}). Tjek tallene.",
        en: "Sales ({sales}) are larger than total revenue ({total}). Please check the figures.",
    }
    ReasonCommercialShareLow {
        da: "Salg udgør {share} af omsætningen, under vejledningens tommelfingerregel på {guidance}. Loven har ingen fast grænse, så myndigheden vurderer; momsregistrering eller registrering for lønsumsafgift taler for erhvervsdrift.",
        en: "Sales make up {share} of revenue, below the guidance's rule of thumb of {guidance}. The Act sets no fixed limit, so the authority decides; VAT or payroll-tax registration speaks for commercial activity.",
    }
    ReasonCommercialShareMet {
        da: "Salg udgør {share} af omsætningen ({sales} af {total}).",
        en: "Sales make up {share} of revenue ({sales} of {total}).",
    }
    ReasonPublicOwnership {
        da: "Det offentlige ejer {pct} af virksomheden. Ejer det offentlige halvdelen eller mere, er virksomheden ikke uafhængig.",
        en: "The public sector owns {pct} of the company. Public ownership of half or more means the company is not independent.",
    }
    ReasonPublicBoard {
        da: "Det offentlige udpeger {pct} af ledelsen. Udpeger det offentlige halvdelen eller mere, er virksomheden ikke uafhængig.",
        en: "The public sector appoints {pct} of the management body. Appointing half or more means the company is not independent.",
    }
    ReasonPublicVotes {
        da: "Det offentlige råder over {pct} af stemmerne. Halvdelen eller mere betyder, at virksomheden ikke er uafhængig.",
        en: "The public sector controls {pct} of the votes. Half or more means the company is not independent.",
    }
    ReasonPublicControlOtherwise {
        da: "Det offentlige kan på anden måde styre virksomhedens økonomi eller drift. Det bryder uafhængigheden.",
        en: "The public sector can otherwise control the company's finances or operations. That breaks independence.",
    }
    ReasonIndependenceMet { da: "Det offentlige har ikke bestemmende indflydelse på ledelse eller drift.", en: "The public sector has no decisive influence on management or operations." }
    ReasonPublicCustomersFine {
        da: "At sælge til det offentlige, være under offentligt tilsyn eller få tilskud bryder ikke i sig selv uafhængigheden.",
        en: "Selling to the public sector, being supervised by it or receiving grants does not by itself break independence.",
    }
    ReasonGovernanceNobody {
        da: "Ingen interessenter inddrages. Medarbejdere, kunder, samarbejdspartnere eller andre interessenter skal inddrages, fx gennem et brugerråd eller medarbejdervalgte i bestyrelsen.",
        en: "No stakeholders are involved. Employees, customers, partners or other stakeholders must be involved, for example through a user council or employee-elected board members.",
    }
    ReasonGovernanceNoGuidelines {
        da: "Der er ingen etiske retningslinjer. Myndigheden vurderer, om ledelsen er ansvarlig; skrevne retningslinjer er den sædvanlige dokumentation.",
        en: "There are no ethical guidelines. The authority judges whether management is responsible; written guidelines are the usual evidence.",
    }
    ReasonGovernanceMet { da: "{count} grupper af interessenter inddrages, og der er etiske retningslinjer.", en: "{count} groups of stakeholders are involved, and there are ethical guidelines." }
    ReasonNoDividend { da: "Der udbetales intet udbytte: overskuddet bliver i virksomheden eller gives videre.", en: "No dividend is paid: the profit stays in the enterprise or is given on." }
    ReasonDividendLossYear {
        da: "Der udbetales udbytte ({dividend}), selvom året ikke gav overskud efter skat. Udbytte må kun komme af overskud.",
        en: "A dividend ({dividend}) is paid although the year made no profit after tax. Dividends may only come from profit.",
    }
    ReasonDividendNoCapital {
        da: "Der udbetales udbytte ({dividend}), men ejerne har ikke indskudt kapital, der kan forrentes.",
        en: "A dividend ({dividend}) is paid, but the owners have paid in no capital on which a return could be earned.",
    }
    ReasonReturnAboveCap {
        da: "Afkastet på den indskudte kapital er {return}, over grænsen på {cap} (diskontoen {rate} fra {from} plus 15 procentpoint). Højst {max} kan udbetales.",
        en: "The return on paid-in capital is {return}, above the limit of {cap} (the discount rate of {rate} from {from} plus 15 percentage points). At most {max} can be paid.",
    }
    ReasonPayoutAboveCap {
        da: "Udbyttet er {payout} af årets overskud efter skat, over grænsen på {cap}. Højst {max} kan udbetales.",
        en: "The dividend is {payout} of the year's profit after tax, above the limit of {cap}. At most {max} can be paid.",
    }
    ReasonRateUnknown {
        da: "Tabellen har ingen diskonto for {date}, så grænsen for afkastet kan ikke beregnes. Spørg kommunen.",
        en: "The table has no discount rate for {date}, so the limit on the return cannot be calculated. Ask the municipality.",
    }
    ReasonDividendWithinLimits {
        da: "Udbyttet er under begge grænser: afkastet er {return} (grænse {cap}: diskontoen {rate} fra {from} plus 15 procentpoint), og det er {payout} af overskuddet (grænse 35 %). Der kan udbetales {headroom} mere.",
        en: "The dividend is under both limits: the return is {return} (limit {cap}: the discount rate of {rate} from {from} plus 15 percentage points), and it is {payout} of the profit (limit 35%). {headroom} more could be paid.",
    }
    ReasonEarlierYearBreach {
        da: "Udbyttet besluttet {date} var over grænserne for det år; højst {max} kunne udbetales.",
        en: "The dividend decided on {date} was above that year's limits; at most {max} could be paid.",
    }
    ReasonLifetimeWithin {
        da: "I alt er der udbetalt {total}, inden for den indskudte kapital plus et rimeligt afkast for hvert år: {lawful}.",
        en: "In total {total} has been paid out, within the paid-in capital plus a reasonable return for each year: {lawful}.",
    }
    ReasonLifetimeAbove {
        da: "I alt er der udbetalt {total}, mere end den indskudte kapital plus et rimeligt afkast for hvert år: {lawful}.",
        en: "In total {total} has been paid out, more than the paid-in capital plus a reasonable return for each year: {lawful}.",
    }
    ReasonNotASafeHarbour {
        da: "Grænserne er et loft, ikke en garanti: myndigheden vurderer stadig, om afkastet er rimeligt, og løn til ledelse og ejere må ikke overstige det sædvanlige.",
        en: "The limits are a ceiling, not a guarantee: the authority still judges whether the return is reasonable, and pay for management and owners must not exceed what is usual.",
    }

    // Errors
    ErrorNotFound { da: "Ikke fundet", en: "Not found" }
    ErrorInvalid { da: "Nogle felter skal rettes.", en: "Some fields need correcting." }
    ErrorUnauthorized { da: "Du skal logge ind.", en: "Please sign in." }
    ErrorForbidden { da: "Du har ikke adgang til dette.", en: "You do not have access to this." }
    ErrorRateLimited { da: "For mange forsøg. Vent lidt, og prøv igen.", en: "Too many attempts. Wait a moment and try again." }
    ErrorEmail { da: "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.", en: "Enter a valid email address, e.g. name@example.com." }
    ErrorBadCredentials { da: "Forkert e-mail eller adgangskode.", en: "Wrong email or password." }
    ErrorAccountLocked {
        da: "For mange forkerte forsøg: kontoen er låst i 15 minutter. Prøv igen senere, eller nulstil adgangskoden.",
        en: "Too many wrong attempts: the account is locked for 15 minutes. Try again later, or reset the password.",
    }
    ErrorPasswordLength { da: "Adgangskoden skal have {min} til {max} tegn.", en: "The password must have {min} to {max} characters." }
    ErrorInternal { da: "Der skete en fejl hos os. Prøv igen om lidt.", en: "Something went wrong on our side. Please try again shortly." }
    ErrorRequest { da: "Forespørgslen kunne ikke behandles. Tjek din forbindelse, og prøv igen.", en: "The request could not be handled. Check your connection and try again." }
    ErrorTooLong { da: "Teksten er for lang: højst {max} tegn.", en: "The text is too long: at most {max} characters." }
    ErrorOutOfRange { da: "Værdien skal være mellem {min} og {max}.", en: "The value must be between {min} and {max}." }
    ErrorInvalidValue { da: "Værdien er ugyldig.", en: "The value is not valid." }
    ErrorRequired { da: "Udfyld feltet.", en: "Please fill in this field." }
    ErrorChoose { da: "Vælg en af mulighederne.", en: "Choose one of the options." }
    ErrorEmailTaken { da: "Der findes allerede en medarbejder med denne e-mail.", en: "A member of staff already has this email." }
    ErrorOwnAccount { da: "Du kan ikke deaktivere dig selv eller fjerne din egen administratorrolle.", en: "You cannot deactivate yourself or give up your own administrator role." }
    ErrorMunicipalityCode { da: "Skriv kommunens firecifrede kode, fx 0813.", en: "Enter the municipality's four-digit code, e.g. 0813." }
    ErrorMunicipalityTaken { da: "Der findes allerede en kommune med denne kode eller dette navn.", en: "A municipality with this code or name already exists." }
    ErrorAccountInactive { da: "Kontoen er deaktiveret. Aktivér den først.", en: "The account is deactivated. Activate it first." }
    ErrorAmount { da: "Skriv et beløb i kroner, fx 250.000 eller 250000,50.", en: "Enter an amount in DKK, e.g. 250,000 or 250000.50." }
    ErrorAmountNegative { da: "Beløbet kan ikke være negativt.", en: "The amount cannot be negative." }
    ErrorPercent { da: "Skriv en procent mellem 0 og 100, fx 12,5.", en: "Enter a percentage between 0 and 100, e.g. 12.5." }
    ErrorRate { da: "Skriv en rente mellem -10 og 100 %, fx 3,6 eller -0,75.", en: "Enter a rate between -10 and 100 %, e.g. 3.6 or -0.75." }
    ErrorDate { da: "Skriv en dato, fx 1.9.2025.", en: "Enter a date, e.g. 2025-09-01." }
    ErrorSalesAboveTotal { da: "Salget kan ikke være større end den samlede omsætning.", en: "Sales cannot be larger than total revenue." }

    // Self-assessment: intro and wizard
    NavAssessment { da: "Selvtest", en: "Self-assessment" }
    AssessmentCardTitle { da: "Kan I blive registreret?", en: "Can you register?" }
    AssessmentCardText {
        da: "Tjek på 10 minutter, om virksomheden opfylder de fem kriterier for at blive registreret socialøkonomisk virksomhed, og hvad I i givet fald skal ændre.",
        en: "Check in 10 minutes whether the company meets the five criteria for registering as a social-economy enterprise, and what to change if it does not.",
    }
    AssessmentTitle { da: "Selvtest: kan I blive registreret socialøkonomisk virksomhed?", en: "Self-assessment: can you register as a social-economy enterprise?" }
    AssessmentLead {
        da: "Svar på spørgsmål om virksomhedsform, formål, salg, uafhængighed, ledelse og udbytte. Til sidst ser I for hvert kriterium, om det er opfyldt, hvorfor, og hvad I kan ændre.",
        en: "Answer questions on company form, purpose, sales, independence, governance and dividends. At the end you see for each criterion whether it is met, why, and what you can change.",
    }
    AssessmentHowItWorks {
        da: "Seks korte trin; det tager omkring 10 minutter. I behøver ingen konto: svarene gemmes bag et privat link, som I kan vende tilbage til eller sende til kommunen.",
        en: "Six short steps; it takes about 10 minutes. No account needed: your answers are kept behind a private link you can come back to or send to the municipality.",
    }
    AssessmentPrivacy {
        da: "Vi gemmer kun svarene, ikke hvem I er. De slettes 90 dage efter, at de sidst blev ændret.",
        en: "We keep only the answers, not who you are. They are deleted 90 days after they were last changed.",
    }
    AssessmentNotLegalAdvice {
        da: "Resultatet er vejledende. Erhvervsstyrelsen træffer afgørelsen, når I registrerer jer på virk.dk.",
        en: "The result is guidance. The Danish Business Authority decides when you register on virk.dk.",
    }
    AssessmentStart { da: "Start selvtesten", en: "Start the self-assessment" }
    AssessmentStartOver { da: "Start en ny selvtest", en: "Start a new self-assessment" }
    StepOf { da: "Trin {n} af {total}", en: "Step {n} of {total}" }
    StepsLabel { da: "Selvtestens trin", en: "Steps of the self-assessment" }
    StepAnswered { da: "(besvaret)", en: "(answered)" }
    StepResult { da: "Resultat", en: "Result" }
    StepTitleLegalForm { da: "Virksomhedsform", en: "Company form" }
    StepTitlePurpose { da: "Socialt formål", en: "Social purpose" }
    StepTitleCommercial { da: "Erhvervsdrift", en: "Commercial activity" }
    StepTitleIndependence { da: "Uafhængighed af det offentlige", en: "Independence from the public sector" }
    StepTitleGovernance { da: "Inddragende og ansvarlig ledelse", en: "Inclusive and responsible governance" }
    StepTitleProfit { da: "Overskud og udbytte", en: "Profit and dividends" }
    StepIntroLegalForm {
        da: "Kun juridiske personer med eget CVR-nummer kan registreres (lovens § 4).",
        en: "Only legal persons with their own CVR number can register (section 4 of the Act).",
    }
    StepIntroPurpose {
        da: "Virksomhedens primære formål skal gavne samfundet socialt, beskæftigelsesmæssigt, sundhedsmæssigt, miljømæssigt eller kulturelt, og det skal stå i vedtægterne.",
        en: "The company's primary purpose must benefit society with a social, employment, health, environmental or cultural aim, and it must be written in the statutes.",
    }
    StepIntroCommercial {
        da: "Salg af varer og tjenester skal udgøre en væsentlig del af indtægterne. Tilskud og donationer må komme oveni.",
        en: "Sales of goods and services must be a substantial part of revenue. Grants and donations may come on top.",
    }
    StepIntroIndependence {
        da: "Det offentlige (kommuner, regioner, staten og selskaber, de ejer) må ikke have væsentlig indflydelse på ledelse eller drift.",
        en: "The public sector (municipalities, regions, the state and companies they own) must have no significant influence on management or operations.",
    }
    StepIntroGovernance {
        da: "Medarbejdere, kunder, samarbejdspartnere og andre interessenter skal inddrages, og ledelsen skal være etisk ansvarlig.",
        en: "Employees, customers, partners and other stakeholders must be involved, and management must be ethically responsible.",
    }
    StepIntroProfit {
        da: "Overskuddet skal bruges socialt. Udbytte til ejerne er loftbelagt: afkastet må ikke overstige diskontoen plus 15 procentpoint, og højst 35 % af årets overskud må udbetales.",
        en: "Profit must be used socially. Dividends are capped: the return may not exceed the discount rate plus 15 percentage points, and at most 35% of the year's profit may be paid out.",
    }
    ButtonNext { da: "Gem og fortsæt", en: "Save and continue" }
    ButtonBack { da: "Tilbage", en: "Back" }
    ButtonSeeResult { da: "Gem og se resultatet", en: "Save and see the result" }
    ButtonCalculate { da: "Beregn", en: "Calculate" }
    StepHasErrors { da: "Ret de markerede felter. Det, du har skrevet, er gemt.", en: "Correct the marked fields. What you typed has been saved." }
    ResumeLinkLabel { da: "Jeres private link", en: "Your private link" }
    ResumeLinkHelp {
        da: "Gem linket for at fortsætte senere. Alle med linket kan se og ændre svarene, så del det kun med dem, der skal hjælpe jer.",
        en: "Keep the link to continue later. Anyone with the link can see and change the answers, so share it only with those helping you.",
    }
    DraftNotFoundTitle { da: "Linket virker ikke", en: "The link does not work" }
    DraftNotFoundText {
        da: "Linket er forkert, eller svarene er slettet, fordi de ikke var ændret i 90 dage.",
        en: "The link is wrong, or the answers were deleted because they had not changed for 90 days.",
    }
    AnswerYes { da: "Ja", en: "Yes" }
    AnswerNo { da: "Nej", en: "No" }
    OptionalHint { da: "(valgfrit)", en: "(optional)" }

    // Self-assessment: questions
    QLegalForm { da: "Hvilken virksomhedsform har I, eller vil I vælge?", en: "Which company form do you have, or plan to choose?" }
    HelpLegalForm {
        da: "Står i CVR-registret. Fx anpartsselskab (ApS), forening eller erhvervsdrivende fond.",
        en: "As in the CVR register. For example a private limited company (ApS), an association or a commercial foundation.",
    }
    FormAps { da: "Anpartsselskab (ApS)", en: "Private limited company (ApS)" }
    FormAs { da: "Aktieselskab (A/S)", en: "Public limited company (A/S)" }
    FormPs { da: "Partnerselskab (P/S)", en: "Partnership company (P/S)" }
    FormAmba { da: "Andelsselskab med begrænset ansvar (A.m.b.A.)", en: "Cooperative with limited liability (A.m.b.A.)" }
    FormFmba { da: "Forening med begrænset ansvar (F.m.b.A.)", en: "Association with limited liability (F.m.b.A.)" }
    FormKs { da: "Kommanditselskab (K/S)", en: "Limited partnership (K/S)" }
    FormIs { da: "Interessentskab (I/S)", en: "General partnership (I/S)" }
    FormForening { da: "Forening", en: "Association" }
    FormFond { da: "Erhvervsdrivende fond", en: "Commercial foundation" }
    FormSelvejende { da: "Selvejende institution", en: "Self-owning institution" }
    FormEnkeltmand { da: "Enkeltmandsvirksomhed", en: "Sole proprietorship" }
    FormPmv { da: "Personligt ejet mindre virksomhed (PMV)", en: "Personally owned small business (PMV)" }
    FormSameje { da: "Sameje", en: "Co-ownership" }
    QPrimaryAim { da: "Hvad er virksomhedens vigtigste formål?", en: "What is the company's primary aim?" }
    HelpPrimaryAim {
        da: "Det, virksomheden først og fremmest findes for. Fx er »at skabe job til mennesker på kanten af arbejdsmarkedet« beskæftigelse.",
        en: "What the company exists for first of all. For example, \"creating jobs for people at the edge of the labour market\" is employment.",
    }
    AimOther { da: "Andet, fx at give ejerne afkast", en: "Other, e.g. a return for the owners" }
    QInStatutes { da: "Står formålet i vedtægterne?", en: "Is the purpose written in the statutes?" }
    HelpInStatutes {
        da: "Eller, hvis I ikke har vedtægter, i stiftelsesdokumentet eller en ejeraftale. Fx: »§ 2. Selskabets formål er at skabe arbejdspladser for …«",
        en: "Or, without statutes, in the founding document or an owners' agreement. For example: \"Section 2. The company's purpose is to create jobs for …\"",
    }
    QSalesRevenue { da: "Salg af varer og tjenester i seneste regnskabsår (kr.)", en: "Sales of goods and services in the last financial year (DKK)" }
    HelpSalesRevenue {
        da: "Fx salg i caféen og opgaver for kunder og kommunen. Ikke tilskud eller donationer. Skriv fx 900.000.",
        en: "For example café sales and work for customers and the municipality. Not grants or donations. Enter e.g. 900,000.",
    }
    QTotalRevenue { da: "Samlede indtægter i samme år (kr.)", en: "Total revenue in the same year (DKK)" }
    HelpTotalRevenue {
        da: "Salg plus tilskud, fondsmidler og donationer. Skriv fx 1.000.000.",
        en: "Sales plus grants, foundation funding and donations. Enter e.g. 1,000,000.",
    }
    QPublicOwnership { da: "Hvor stor en del af virksomheden ejer det offentlige? (%)", en: "How much of the company does the public sector own? (%)" }
    HelpPublicOwnership {
        da: "Kommuner, regioner, staten og selskaber, de ejer. Skriv 0, hvis ingen offentlig myndighed er ejer.",
        en: "Municipalities, regions, the state and companies they own. Enter 0 if no public body is an owner.",
    }
    QPublicBoard { da: "Hvor stor en del af bestyrelsen udpeger det offentlige? (%)", en: "What share of the board does the public sector appoint? (%)" }
    HelpPublicBoard { da: "Fx er 1 af 5 medlemmer 20.", en: "For example, 1 of 5 members is 20." }
    QPublicVotes { da: "Hvor stor en del af stemmerne råder det offentlige over? (%)", en: "What share of the votes does the public sector control? (%)" }
    HelpPublicVotes { da: "Stemmer på generalforsamlingen eller i foreningen. Skriv 0, hvis ingen.", en: "Votes at the general meeting or in the association. Enter 0 if none." }
    QPublicControl { da: "Kan det offentlige på anden måde styre virksomhedens økonomi eller drift?", en: "Can the public sector otherwise control the company's finances or operations?" }
    HelpPublicControl {
        da: "Fx vetoret over budgettet i en aftale. At sælge til kommunen, være under tilsyn eller få tilskud tæller ikke.",
        en: "For example a veto over the budget in an agreement. Selling to the municipality, being supervised or receiving grants does not count.",
    }
    QInvolves { da: "Hvem inddrager I i virksomhedens ledelse og udvikling?", en: "Whom do you involve in running and developing the company?" }
    HelpInvolves {
        da: "Sæt kryds ved alle, der passer. Fx medarbejdervalgte i bestyrelsen, et brugerråd eller faste møder med samarbejdspartnere.",
        en: "Tick all that apply. For example employee-elected board members, a user council or regular meetings with partners.",
    }
    StakeholderEmployees { da: "Medarbejdere", en: "Employees" }
    StakeholderCustomers { da: "Kunder", en: "Customers" }
    StakeholderPartners { da: "Samarbejdspartnere", en: "Partners" }
    StakeholderUsers { da: "Brugere", en: "Users" }
    StakeholderVolunteers { da: "Frivillige", en: "Volunteers" }
    StakeholderLocalCommunity { da: "Lokalsamfundet", en: "The local community" }
    QEthicalGuidelines { da: "Har I skrevne etiske retningslinjer?", en: "Do you have written ethical guidelines?" }
    HelpEthicalGuidelines { da: "Fx om løn, arbejdsmiljø, indkøb og behandling af brugere.", en: "For example on pay, working environment, purchasing and treatment of users." }
    QPaidInCapital { da: "Oprindeligt indskudt kapital (kr.)", en: "Originally paid-in capital (DKK)" }
    HelpPaidInCapital {
        da: "Det, ejerne har skudt ind ved stiftelsen og senere kapitalforhøjelser. Fx 40.000 for et ApS. Skriv 0, hvis intet er indskudt.",
        en: "What the owners paid in at founding and in later capital increases. For example 40,000 for an ApS. Enter 0 if nothing was paid in.",
    }
    QProfitAfterTax { da: "Årets overskud efter skat (kr.)", en: "Profit after tax for the year (DKK)" }
    HelpProfitAfterTax { da: "Fra årsrapporten. Et underskud skrives med minus, fx -25.000.", en: "From the annual report. Enter a loss with a minus, e.g. -25,000." }
    QDividend { da: "Udbytte og andre udlodninger til ejerne for året (kr.)", en: "Dividend and other distributions to owners for the year (DKK)" }
    HelpDividend { da: "Skriv 0, hvis I ikke udbetaler udbytte.", en: "Enter 0 if you pay no dividend." }
    QDecidedOn { da: "Dato for beslutningen om udbytte", en: "Date the dividend is decided" }
    HelpDecidedOn {
        da: "Typisk generalforsamlingen. Diskontoen, der gjaldt den dag, bruges. Uden udbytte: dagen for årsregnskabet.",
        en: "Usually the general meeting. The discount rate in force that day applies. Without a dividend: the day of the annual accounts.",
    }

    EarlierYearsLegend { da: "Udbytte i tidligere år (valgfrit)", en: "Dividends in earlier years (optional)" }
    EarlierYearsHelp {
        da: "Har I udbetalt udbytte før, så skriv op til tre tidligere år. Hvert år tjekkes med den diskonto, der gjaldt dengang, og det samlede udbytte sammenlignes med den indskudte kapital plus et rimeligt afkast for hvert år.",
        en: "If you have paid dividends before, enter up to three earlier years. Each year is checked at the discount rate in force then, and the total paid is compared with the paid-in capital plus a reasonable return for each year.",
    }
    EarlierYearN { da: "Tidligere år {n}", en: "Earlier year {n}" }
    EarlierProfitLabel { da: "Det års overskud efter skat (kr.)", en: "That year's profit after tax (DKK)" }
    EarlierDividendLabel { da: "Det års udbytte (kr.)", en: "That year's dividend (DKK)" }
    EarlierDecidedLabel { da: "Besluttet den", en: "Decided on" }
    EarlierFieldHelp { da: "Fra det års årsrapport og generalforsamling.", en: "From that year's annual report and general meeting." }

    // Self-assessment: the dividend calculator
    CalcHeading { da: "Beregning af udbyttet", en: "Dividend calculation" }
    CalcLive { da: "Beregningen opdateres, mens du skriver. Vi regner efter, når du gemmer.", en: "The calculation updates as you type. We check it again when you save." }
    CalcIncomplete { da: "Udfyld de fire felter for at se beregningen.", en: "Fill in the four fields to see the calculation." }
    CalcReturn { da: "Afkast af den indskudte kapital", en: "Return on paid-in capital" }
    CalcRate { da: "Diskonto på beslutningsdagen", en: "Discount rate on the decision date" }
    CalcRateRow { da: "{rate} fra {from}", en: "{rate} from {from}" }
    CalcReturnCap { da: "Grænse for afkastet (diskonto + 15 point)", en: "Limit on the return (discount rate + 15 points)" }
    CalcPayout { da: "Udbytte i procent af overskuddet", en: "Dividend as a share of profit" }
    CalcPayoutCap { da: "Grænse for udbytte af overskuddet", en: "Limit on the share of profit" }
    CalcMaxDividend { da: "Største tilladte udbytte", en: "Largest allowed dividend" }
    CalcHeadroom { da: "Luft til grænsen", en: "Headroom to the limit" }
    CalcNotApplicable { da: "ikke relevant", en: "not applicable" }
    CalcRateMissing { da: "ingen diskonto i tabellen", en: "no discount rate in the table" }
    ConfidenceConfirmed { da: "bekræftet", en: "confirmed" }
    ConfidenceInferred { da: "udledt, ikke bekræftet", en: "inferred, not confirmed" }
    DateApproximate { da: "datoen er omtrentlig", en: "the date is approximate" }

    // Self-assessment: the result
    ResultTitle { da: "Resultat af selvtesten", en: "Self-assessment result" }
    OverallEligible { da: "I ser ud til at opfylde alle fem kriterier.", en: "You appear to meet all five criteria." }
    OverallNotEligible { da: "I opfylder ikke alle kriterier endnu.", en: "You do not meet all the criteria yet." }
    OverallNeedsReview { da: "Nogle punkter skal vurderes nærmere.", en: "Some points need a closer look." }
    OverallEligibleText { da: "Næste skridt er registreringen på virk.dk. Husk dokumenterne nedenfor.", en: "The next step is registering on virk.dk. Remember the documents below." }
    OverallNotEligibleText { da: "Se under hvert kriterium, hvad I kan ændre. Kommunen hjælper gerne.", en: "See under each criterion what you can change. The municipality is happy to help." }
    OverallNeedsReviewText { da: "Besvar de manglende spørgsmål, eller spørg kommunen om de punkter, loven overlader til et skøn.", en: "Answer the missing questions, or ask the municipality about the points the law leaves to judgement." }
    StatusMet { da: "Opfyldt", en: "Met" }
    StatusNotMet { da: "Ikke opfyldt", en: "Not met" }
    StatusNeedsReview { da: "Skal vurderes", en: "Needs review" }
    LegalReference { da: "Lov nr. 711 af 25. juni 2014, {reference}", en: "Act no. 711 of 25 June 2014, {reference}" }
    WhatToChange { da: "Det kan I gøre", en: "What you can do" }
    AdviceLegalForm {
        da: "Vælg en selskabsform med eget CVR-nummer, fx ApS, A/S, forening eller erhvervsdrivende fond. Et I/S: spørg kommunen eller Erhvervsstyrelsen.",
        en: "Choose a form with its own CVR number, e.g. ApS, A/S, association or commercial foundation. An I/S: ask the municipality or the Business Authority.",
    }
    AdvicePurpose {
        da: "Skriv det sociale formål ind i vedtægterne som virksomhedens primære formål, og få det vedtaget på en generalforsamling.",
        en: "Write the social purpose into the statutes as the company's primary purpose, and have it adopted at a general meeting.",
    }
    AdviceCommercial {
        da: "Øg salget af varer og tjenester, fx opgaver for virksomheder eller det offentlige. Momsregistrering er et tegn på erhvervsdrift.",
        en: "Increase sales of goods and services, e.g. work for companies or the public sector. VAT registration is a sign of commercial activity.",
    }
    AdviceIndependence {
        da: "Sørg for, at det offentlige ejer, udpeger og stemmer for under halvdelen, og fjern aftaler, der giver det offentlige styring af økonomi eller drift.",
        en: "Make sure the public sector owns, appoints and votes for less than half, and remove agreements that let it control finances or operations.",
    }
    AdviceGovernance {
        da: "Inddrag interessenterne fast, fx med medarbejdervalgte i bestyrelsen eller et brugerråd, og skriv etiske retningslinjer.",
        en: "Involve stakeholders on a regular basis, e.g. employee-elected board members or a user council, and write ethical guidelines.",
    }
    AdviceProfit {
        da: "Sænk udbyttet til højst det største tilladte beløb, og lad resten blive i virksomheden eller gå til andre socialøkonomiske virksomheder eller almennyttige formål.",
        en: "Lower the dividend to at most the largest allowed amount, and let the rest stay in the company or go to other social-economy enterprises or charitable purposes.",
    }
    DocumentsHeading { da: "Det skal I bruge til registreringen på virk.dk", en: "What you will need to register on virk.dk" }
    DocsLegalForm { da: "Virksomhedens CVR-nummer og NemID/MitID Erhverv.", en: "The company's CVR number and MitID Business." }
    DocsPurpose { da: "Vedtægterne (eller stiftelsesdokument/ejeraftale) med formålsparagraffen.", en: "The statutes (or founding document / owners' agreement) with the purpose clause." }
    DocsCommercial { da: "Seneste årsrapport eller et budget, der viser salget, og gerne momsregistreringen.", en: "The latest annual report or a budget showing sales, and ideally the VAT registration." }
    DocsIndependence { da: "Ejerbogen eller en oversigt over ejere, og vedtægternes regler om udpegning af bestyrelsen.", en: "The register of owners or an ownership overview, and the statutes' rules on appointing the board." }
    DocsGovernance { da: "En beskrivelse af, hvordan interessenterne inddrages, og de etiske retningslinjer.", en: "A description of how stakeholders are involved, and the ethical guidelines." }
    DocsProfit { da: "Vedtægternes regler om brug af overskud og, hvis I udbetaler udbytte, en beregning af afkastet som ovenfor.", en: "The statutes' rules on the use of profit and, if you pay dividends, a calculation of the return as above." }
    EditAnswers { da: "Ret svarene", en: "Change the answers" }
    ResultLinkLabel { da: "Link til resultatet", en: "Link to the result" }
    ResultLinkHelp {
        da: "Gem linket, eller send det til kommunen, når I skriver til os: så kan vi se det samme som jer.",
        en: "Keep the link, or send it to the municipality when you write to us: then we see what you see.",
    }
    PrintResult { da: "Udskriv resultatet", en: "Print the result" }
    PrintHint { da: "Brug browserens udskriv-funktion for at få resultatet på papir eller som PDF.", en: "Use your browser's print function to get the result on paper or as a PDF." }

    // Staff sign-in
    NavStaff { da: "Medarbejdere", en: "Staff" }
    LoginTitle { da: "Log ind", en: "Sign in" }
    LoginLead { da: "For kommunens medarbejdere.", en: "For the municipality's staff." }
    PasswordLabel { da: "Adgangskode", en: "Password" }
    LoginButton { da: "Log ind", en: "Sign in" }
    SignOutButton { da: "Log ud", en: "Sign out" }
    StaffHomeTitle { da: "Medarbejderside", en: "Staff page" }
    SignedInAs { da: "Du er logget ind som {name} ({role}, {municipality}).", en: "You are signed in as {name} ({role}, {municipality})." }
    RoleContact { da: "kontaktperson", en: "contact" }
    RoleColleague { da: "kollega", en: "colleague" }
    RoleAdmin { da: "administrator", en: "administrator" }
    RoleSuperAdmin { da: "installationsadministrator", en: "installation administrator" }
    ForgotPassword { da: "Glemt adgangskoden?", en: "Forgot your password?" }
    ResetTitle { da: "Nulstil adgangskode", en: "Reset password" }
    ResetLead { da: "Skriv din e-mail, så sender vi et link til at vælge en ny adgangskode.", en: "Enter your email and we will send a link to choose a new password." }
    ResetButton { da: "Send link", en: "Send link" }
    ResetSent {
        da: "Hvis adressen hører til en medarbejderkonto, har vi sendt et link. Det virker én gang i en time.",
        en: "If the address belongs to a staff account, we have sent a link. It works once, for an hour.",
    }
    NewPasswordTitle { da: "Vælg en ny adgangskode", en: "Choose a new password" }
    NewPasswordLabel { da: "Ny adgangskode", en: "New password" }
    RepeatPasswordLabel { da: "Gentag adgangskoden", en: "Repeat the password" }
    PasswordHelp { da: "Mindst 12 tegn. En sætning er let at huske og svær at gætte.", en: "At least 12 characters. A sentence is easy to remember and hard to guess." }
    SavePasswordButton { da: "Gem adgangskoden", en: "Save the password" }
    ResetLinkInvalid { da: "Linket er brugt, udløbet eller forkert. Bed om et nyt.", en: "The link is used, expired or wrong. Ask for a new one." }
    PasswordChanged { da: "Adgangskoden er skiftet. Log ind med den nye.", en: "The password has been changed. Sign in with the new one." }
    ErrorPasswordsDiffer { da: "De to adgangskoder er ikke ens.", en: "The two passwords differ." }

    // Admin: discount rates
    RatesTitle { da: "Diskontoen", en: "Discount rates" }
    RatesLead {
        da: "Selvtesten og API'et bruger den diskonto, der gjaldt på dagen for beslutningen om udbytte. Tilføj en ny sats fra den dag, Nationalbanken ændrer den, eller ret en række ved at gemme samme dato igen.",
        en: "The self-assessment and the API use the discount rate in force on the day a dividend is decided. Add a new rate from the day the Nationalbank changes it, or correct a row by saving the same date again.",
    }
    RatesAddHeading { da: "Tilføj eller ret en sats", en: "Add or correct a rate" }
    RatesFromLabel { da: "Gælder fra", en: "In force from" }
    RatesRateLabel { da: "Diskonto (%)", en: "Discount rate (%)" }
    RatesConfidenceLabel { da: "Sikkerhed", en: "Confidence" }
    RatesSave { da: "Gem satsen", en: "Save the rate" }
    RatesTableCaption { da: "Alle satser, nyeste først", en: "All rates, newest first" }
    StaffRatesLink { da: "Diskonto-tabellen", en: "The discount-rate table" }

    // Enquiries
    NavEnquiry { da: "Skriv til kommunen", en: "Write to the municipality" }
    EnquiryTitle { da: "Skriv til kommunen", en: "Write to the municipality" }
    EnquiryLead {
        da: "Ét sted til alle spørgsmål om socialøkonomi: opstart, virksomhedsform, forretningsplan, registrering, fonde, rekruttering fra jobcentret, offentlige indkøb, mentorer og netværk. Vi sørger for, at den rette person svarer.",
        en: "One place for every question about social economy: starting up, company form, business plan, registration, funding, recruiting through the job centre, public procurement, mentors and networks. We make sure the right person answers.",
    }
    EnquiryTopicLabel { da: "Emne", en: "Topic" }
    EnquiryChooseTopic { da: "Vælg et emne", en: "Choose a topic" }
    EnquiryMessageLabel { da: "Dit spørgsmål", en: "Your question" }
    EnquiryMessageHelp { da: "Fortæl kort, hvad I laver, og hvad I gerne vil have hjælp til.", en: "Tell us briefly what you do and what you would like help with." }
    EnquiryNameLabel { da: "Navn", en: "Name" }
    EnquiryEmailHelp { da: "Vi sender en kvittering og svaret hertil.", en: "We send a receipt and the answer here." }
    EnquiryOrganisationLabel { da: "Virksomhed eller forening", en: "Company or association" }
    EnquiryCvrHelp { da: "8 cifre, fx 13748136.", en: "8 digits, e.g. 13748136." }
    EnquiryConsentLabel { da: "Jeg har læst, hvordan kommunen behandler mine oplysninger:", en: "I have read how the municipality handles my data:" }
    EnquirySend { da: "Send", en: "Send" }
    EnquiryAssessmentAttached { da: "Din selvtest bliver sendt med, så vi kan se det samme som dig.", en: "Your self-assessment is attached, so we see what you see." }
    EnquiryAssessmentUnmet { da: "Punkter, der ikke er opfyldt eller skal vurderes:", en: "Points not met or needing a closer look:" }
    AskAboutResult { da: "Spørg kommunen om resultatet", en: "Ask the municipality about the result" }
    TopicStartingUp { da: "Opstart", en: "Starting up" }
    TopicCompanyForm { da: "Virksomhedsform", en: "Company form" }
    TopicBusinessPlan { da: "Forretningsplan", en: "Business plan" }
    TopicRegistration { da: "Registrering som socialøkonomisk virksomhed", en: "Registration as a social-economy enterprise" }
    TopicFunding { da: "Fonde og finansiering", en: "Funding" }
    TopicRecruiting { da: "Rekruttering via jobcentret", en: "Recruiting through the job centre" }
    TopicProcurement { da: "Offentlige indkøb og sociale klausuler", en: "Public procurement and social clauses" }
    TopicMentors { da: "Mentorordningen", en: "The mentor scheme" }
    TopicEvents { da: "Netværk og arrangementer", en: "Networks and events" }
    TopicOther { da: "Andet", en: "Other" }
    StatusNew { da: "Modtaget", en: "Received" }
    StatusAssigned { da: "Fordelt til en medarbejder", en: "Assigned to a member of staff" }
    StatusInProgress { da: "Under behandling", en: "In progress" }
    StatusWaiting { da: "Venter på svar fra dig", en: "Waiting for your reply" }
    StatusAnswered { da: "Besvaret", en: "Answered" }
    StatusClosed { da: "Afsluttet", en: "Closed" }
    EnquiryStatusTitle { da: "Henvendelse", en: "Enquiry" }
    EnquiryThanks {
        da: "Tak! Vi har modtaget din henvendelse og sendt en kvittering til din e-mail. Gem linket til denne side for at følge sagen.",
        en: "Thank you! We have received your enquiry and emailed you a receipt. Keep the link to this page to follow it.",
    }
    EnquiryReferenceLabel { da: "Referencenummer", en: "Reference" }
    EnquiryStatusLabel { da: "Status", en: "Status" }
    EnquiryDueLabel { da: "Du får svar senest", en: "You will have an answer by" }
    EnquirySubmittedLabel { da: "Sendt", en: "Sent" }
    EnquiryRepliesHeading { da: "Svar", en: "Replies" }
    EnquiryNoReplies { da: "Ingen svar endnu.", en: "No replies yet." }
    EnquiryKeepLink { da: "Siden kan kun ses af dem, der har linket.", en: "Only those with the link can see this page." }
    EnquiryNotFound { da: "Henvendelsen findes ikke", en: "Enquiry not found" }
    ErrorPhone { da: "Skriv et telefonnummer med cifre, fx +45 12 34 56 78.", en: "Enter a phone number in digits, e.g. +45 12 34 56 78." }
    ErrorCvr { da: "CVR-nummeret er ikke gyldigt: 8 cifre med korrekt kontrolciffer.", en: "The CVR number is not valid: 8 digits with a correct check digit." }
    ErrorPostcode { da: "Skriv et postnummer med fire cifre, fx 9900.", en: "Enter a four-digit postcode, e.g. 9900." }
    ErrorCount { da: "Skriv et helt tal fra 0, fx 12.", en: "Enter a whole number from 0, e.g. 12." }
    ErrorYear { da: "Skriv et årstal fra 1800 til 2100, fx 2016.", en: "Enter a year from 1800 to 2100, e.g. 2016." }
    ErrorWebAddress { da: "Skriv hele adressen, fx https://eksempel.dk.", en: "Enter the whole address, e.g. https://example.com." }
    ErrorMoreThanEmployees { da: "Kan ikke være flere end det samlede antal ansatte.", en: "Cannot be more than the total number of employees." }
    InboxReplySent { da: "Svaret er sendt til borgeren.", en: "The reply has been sent to the requester." }
    InboxNoteSaved { da: "Noten er gemt.", en: "The note has been saved." }
    InboxErased { da: "Personens oplysninger er slettet.", en: "The person's data has been erased." }
    ErrorContactNeeded { da: "En ansøgning under behandling skal have en kontaktperson.", en: "An application in progress needs a contact person." }
    ErrorListingOpen { da: "Der er allerede en ansøgning i gang for dette CVR-nummer.", en: "There is already an application in progress for this CVR number." }
    ErrorAlreadyListed { da: "Virksomheden er allerede i registret. Meld en ændring i stedet.", en: "The company is already in the registry. Report a change instead." }
    ErrorLogoMissing { da: "Vælg en billedfil.", en: "Choose a picture file." }
    ErrorLogoTooLarge { da: "Filen er for stor: højst 1 MB.", en: "The file is too large: at most 1 MB." }
    ErrorLogoNotAPicture { da: "Filen er ikke et PNG-, JPEG- eller WebP-billede.", en: "The file is not a PNG, JPEG or WebP picture." }
    ErrorLogoTooManyPixels { da: "Billedet er for stort: højst 4096 × 4096 punkter.", en: "The picture is too large: at most 4096 × 4096 pixels." }
    ErrorLogoUnreadable { da: "Billedet kan ikke læses. Gem det igen i et billedprogram, og prøv igen.", en: "The picture cannot be read. Save it again in a picture editor and try again." }
    LogoHeading { da: "Logo", en: "Logo" }
    LogoLabel { da: "Ny logofil", en: "New logo file" }
    LogoHint { da: "PNG, JPEG eller WebP, højst 1 MB. Det vises på virksomhedens side i registeret, når den er optaget.", en: "PNG, JPEG or WebP, at most 1 MB. It is shown on the company's page in the registry once it is listed." }
    LogoUpload { da: "Gem logo", en: "Save logo" }
    LogoRemove { da: "Fjern logo", en: "Remove logo" }
    LogoSaved { da: "Logoet er gemt.", en: "The logo is saved." }
    LogoNone { da: "Der er intet logo endnu.", en: "There is no logo yet." }
    LogoAlt { da: "Logo for {company}", en: "Logo of {company}" }
    ErrorChangedMeanwhile { da: "Nogen har gemt ændringer af virksomheden, efter du åbnede formularen, så dine er ikke gemt. Sammenlign med oplysningerne øverst på siden (genindlæs den for at se de nye), og gem igen.", en: "Someone else saved changes to this company after you opened the form, so yours were not saved. Compare with the facts at the top of the page (reload it to see theirs) and save again." }
    ErrorStepNotAllowed { da: "Det kan ikke gøres, hvor ansøgningen står nu. Genindlæs siden.", en: "That cannot be done where the application stands now. Reload the page." }
    ErrorConsent { da: "Sæt kryds for at sende.", en: "Tick the box to send." }

    // Privacy
    PrivacyTitle { da: "Sådan behandler vi dine oplysninger", en: "How we handle your data" }
    PrivacyIntro {
        da: "Kommunen er dataansvarlig. Vi bruger kun oplysningerne til det, du beder om, og deler dem kun med de medarbejdere, der skal hjælpe dig.",
        en: "The municipality is the data controller. We use the data only for what you ask, and share it only with the staff who are to help you.",
    }
    PrivacyEnquiries {
        da: "Henvendelser: navn, e-mail og det, du skriver (telefon, virksomhed og CVR-nummer, hvis du oplyser dem). Kontaktpersonen i din kommune og de kolleger, sagen sendes videre til, kan se dem.",
        en: "Enquiries: name, email and what you write (phone, company and CVR number if you give them). The contact person in your municipality and the colleagues the enquiry is passed to can see them.",
    }
    PrivacyAssessment {
        da: "Selvtesten: kun svarene, ikke hvem du er. De slettes 90 dage efter, at de sidst blev ændret.",
        en: "The self-assessment: only the answers, not who you are. They are deleted 90 days after they were last changed.",
    }
    PrivacyCookies {
        da: "Cookies: »lang« husker dit sprogvalg; medarbejdere får en login-cookie. Vi bruger ingen cookies til statistik eller reklame.",
        en: "Cookies: \"lang\" remembers your language; staff get a sign-in cookie. We use no cookies for statistics or advertising.",
    }
    PrivacyRights {
        da: "Du kan altid bede om at se, få rettet eller slettet dine oplysninger: skriv til kommunen og oplys dit referencenummer.",
        en: "You can always ask to see, correct or delete your data: write to the municipality and give your reference.",
    }

    // Staff inbox
    InboxTitle { da: "Henvendelser", en: "Enquiries" }
    InboxCaption { da: "Henvendelser", en: "Enquiries" }
    InboxAllStatuses { da: "Alle", en: "All" }
    InboxAllTopics { da: "Alle emner", en: "All topics" }
    InboxAnyone { da: "Alle", en: "Anyone" }
    InboxAnonymisedNoReply { da: "Henvendelsen er anonymiseret: der er ingen at svare.", en: "The enquiry is anonymised: there is no one to reply to." }
    InboxNobodyYet { da: "Ingen endnu", en: "Nobody yet" }
    InboxSortLabel { da: "Sortér efter", en: "Sort by" }
    InboxSortDue { da: "Svarfrist, tidligste først", en: "Answer date, earliest first" }
    InboxSortNewest { da: "Modtaget, nyeste først", en: "Received, newest first" }
    InboxSortOldest { da: "Modtaget, ældste først", en: "Received, oldest first" }
    InboxOnlyOverdue { da: "Kun overskredne", en: "Overdue only" }
    InboxFilter { da: "Vis", en: "Show" }
    InboxEmpty { da: "Ingen henvendelser.", en: "No enquiries." }
    InboxOverdue { da: "Overskredet", en: "Overdue" }
    InboxDueToday { da: "I dag", en: "Today" }
    InboxDue { da: "Svarfrist", en: "Answer by" }
    InboxAssignee { da: "Ansvarlig", en: "Assigned to" }
    InboxAssessmentLink { da: "Se den vedhæftede selvtest", en: "See the attached self-assessment" }
    InboxReplyHeading { da: "Svar til borgeren", en: "Reply to the requester" }
    InboxReplyLabel { da: "Svar (sendes på e-mail og vises på statussiden)", en: "Reply (emailed and shown on the status page)" }
    InboxSendReply { da: "Send svar", en: "Send reply" }
    InboxNoteHeading { da: "Intern note", en: "Internal note" }
    InboxNoteLabel { da: "Note (kun for medarbejdere)", en: "Note (staff only)" }
    InboxSaveNote { da: "Gem note", en: "Save note" }
    InboxRouteHeading { da: "Send videre", en: "Route" }
    InboxRoute { da: "Send videre", en: "Route" }
    InboxNewStatus { da: "Ny status", en: "New status" }
    InboxSetStatus { da: "Skift status", en: "Change status" }
    InboxTimeline { da: "Forløb", en: "Timeline" }
    EventCreated { da: "Modtaget", en: "Received" }
    EventAssigned { da: "Sendt videre til", en: "Routed to" }
    EventReply { da: "Svar sendt", en: "Reply sent" }
    EventNote { da: "Intern note", en: "Internal note" }
    EventStatus { da: "Status ændret", en: "Status changed" }
    StaffInboxLink { da: "Henvendelser", en: "Enquiries" }
    RoutingRuleActor { da: "Fordelingsreglen", en: "The routing rule" }

    // Listing: the application form, the applicant's pages, the staff's review
    ApplyTitle { da: "Søg om optagelse i registret", en: "Apply to be listed in the registry" }
    ApplyLead {
        da: "For socialøkonomiske virksomheder i kommunen. Kommunen gennemgår ansøgningen, før virksomheden vises i registret. Du behøver ingen konto.",
        en: "For social-economy enterprises in the municipality. The municipality reviews the application before the company is shown in the registry. You need no account.",
    }
    ApplyLink { da: "Søg om at komme i registret", en: "Apply to be listed" }
    ApplySentTitle { da: "Tjek din e-mail", en: "Check your email" }
    ApplySentText {
        da: "Vi har sendt et link til den e-mailadresse, du skrev. Åbn det, og bekræft ansøgningen; først da ser kommunen den.",
        en: "We have sent a link to the email address you gave. Open it and confirm the application; only then does the municipality see it.",
    }
    ApplyCompanyHeading { da: "Virksomheden", en: "The company" }
    ApplyWorkHeading { da: "Ansatte og målgrupper", en: "Employees and target groups" }
    ApplyContactHeading { da: "Kontaktperson", en: "Contact person" }
    ApplySend { da: "Send ansøgning", en: "Send application" }
    ApplyConsentLabel { da: "Jeg accepterer, at kommunen behandler oplysningerne som beskrevet i", en: "I accept that the municipality handles the information as described in" }
    ChooseMunicipality { da: "Vælg kommune", en: "Choose municipality" }
    CompanyNameLabel { da: "Virksomhedens navn", en: "Company name" }
    LegalFormLabel { da: "Selskabsform", en: "Company form" }
    DescriptionDaLabel { da: "Beskrivelse på dansk", en: "Description in Danish" }
    DescriptionEnLabel { da: "Beskrivelse på engelsk", en: "Description in English" }
    ProductsHelp { da: "Det, virksomheden sælger eller tilbyder. Der kan søges på det.", en: "What the company sells or offers. People can search for it." }
    StreetLabel { da: "Adresse", en: "Street address" }
    PostcodeLabel { da: "Postnummer", en: "Postcode" }
    CityLabel { da: "By", en: "Town" }
    CompanyEmailHelp { da: "Virksomhedens e-mail, som vises i registret.", en: "The company's email, shown in the registry." }
    YearEndLabel { da: "Regnskabsåret slutter", en: "The financial year ends" }
    RsvStatusLabel { da: "Registreret som socialøkonomisk virksomhed hos Erhvervsstyrelsen?", en: "Registered as a social-economy enterprise with the Danish Business Authority?" }
    RsvOptionRegistered { da: "Ja, registreret", en: "Yes, registered" }
    RsvOptionApplied { da: "Ansøgt, ikke afgjort", en: "Applied, not yet decided" }
    RsvOptionNotRegistered { da: "Nej", en: "No" }
    ContactNameLabel { da: "Dit navn", en: "Your name" }
    ContactEmailLabel { da: "Din e-mail", en: "Your email" }
    ContactPersonNameLabel { da: "Kontaktpersonens navn", en: "Contact person's name" }
    ContactPersonEmailLabel { da: "Kontaktpersonens e-mail", en: "Contact person's email" }
    ContactPersonEmailHelp { da: "Vises ikke offentligt. Tom sammen med navnet: beskeder går til virksomhedens e-mail.", en: "Not shown publicly. Empty with the name: messages go to the company's email." }
    MoreFilters { da: "Flere filtre", en: "More filters" }
    ContactEmailHelp { da: "Vi sender et link til bekræftelse hertil. Vises ikke offentligt.", en: "We send a confirmation link here. Not shown publicly." }
    AssessmentLinkLabel { da: "Link til en selvtest", en: "Link to a self-assessment" }
    AssessmentLinkHelp { da: "Har du taget selvtesten, så indsæt linket til resultatet; kommunen ser svarene sammen med ansøgningen.", en: "If you took the self-assessment, paste the link to its result; the municipality sees it with the application." }
    ConfirmTitle { da: "Bekræft ansøgningen", en: "Confirm the application" }
    ConfirmText { da: "Tryk på knappen for at bekræfte din e-mailadresse og sende ansøgningen til kommunen.", en: "Press the button to confirm your email address and send the application to the municipality." }
    ConfirmButton { da: "Bekræft og send", en: "Confirm and send" }
    ConfirmSpent { da: "Linket er allerede brugt eller findes ikke. Er ansøgningen bekræftet, har du fået en e-mail med et link til den.", en: "The link has been used already or does not exist. If the application is confirmed, you have had an email with a link to it." }
    ApplicationTitle { da: "Ansøgning", en: "Application" }
    ApplicationNotFound { da: "Ansøgningen blev ikke fundet. Linket kan være erstattet af et nyere.", en: "The application was not found. The link may have been replaced by a newer one." }
    ApplicationStatusLabel { da: "Status", en: "Status" }
    ApplicationConfirmed { da: "Tak! Ansøgningen er sendt til kommunen. Gem denne side: du kan følge ansøgningen her.", en: "Thank you! The application has gone to the municipality. Keep this page: you can follow the application here." }
    ApplicationAnswered { da: "Tak! Rettelserne er sendt til kommunen.", en: "Thank you! The corrections have gone to the municipality." }
    ApplicationAnswerHeading { da: "Ret ansøgningen", en: "Correct the application" }
    ApplicationAnswerSend { da: "Send rettelserne", en: "Send the corrections" }
    ApplicationKeepLink { da: "Linket til denne side er din adgang til ansøgningen. Del det ikke.", en: "The link to this page is your access to the application. Do not share it." }
    ListingAwaitingConfirmation { da: "Afventer bekræftelse af e-mail", en: "Waiting for the email to be confirmed" }
    ListingSubmitted { da: "Hos kommunen", en: "With the municipality" }
    ListingChangesRequested { da: "Kommunen beder om ændringer", en: "The municipality asks for changes" }
    ListingPublished { da: "Optaget i registret", en: "Listed in the registry" }
    ListingRejected { da: "Afvist", en: "Rejected" }
    ListingUnpublished { da: "Midlertidigt fjernet fra registret", en: "Taken out of the registry for now" }
    ListingDeregistered { da: "Afregistreret", en: "Deregistered" }
    ReviewQueueTitle { da: "Ansøgninger til registret", en: "Applications to the registry" }
    ReviewQueueEmpty { da: "Ingen ansøgninger venter.", en: "No applications are waiting." }
    ReviewWaitingSince { da: "Venter siden", en: "Waiting since" }
    StaleChecksHeading { da: "RSV-kontroller at forny (over 12 måneder gamle)", en: "RSV checks to renew (over 12 months old)" }
    StaleChecksSince { da: "Sidst kontrolleret", en: "Last checked" }
    StaleChecksEmpty { da: "Alle optagne virksomheder er kontrolleret inden for 12 måneder.", en: "Every listed company has been checked within 12 months." }
    NeverChecked { da: "Aldrig", en: "Never" }
    ReviewTitle { da: "Ansøgning til registret", en: "Application to the registry" }
    ReviewDone { da: "Gemt. Ansøgeren har fået besked, hvor det er relevant.", en: "Saved. The applicant has been told where it concerns them." }
    ReviewAssessmentHeading { da: "Vedhæftet selvtest", en: "Attached self-assessment" }
    ReviewAssessmentLink { da: "Se selvtestens resultat", en: "See the self-assessment's result" }
    ReviewStepsHeading { da: "Behandling", en: "Handling" }
    ReviewReasonLabel { da: "Begrundelse (sendes til ansøgeren)", en: "Reason (sent to the applicant)" }
    ReviewCheckedLabel { da: "RSV-status er kontrolleret i CVR-registret", en: "The RSV status has been checked in the CVR register" }
    ReviewRequestChanges { da: "Bed om ændringer", en: "Request changes" }
    ReviewApprove { da: "Godkend og offentliggør", en: "Approve and publish" }
    ReviewReject { da: "Afvis", en: "Reject" }
    ReviewUnpublish { da: "Fjern midlertidigt", en: "Take out for now" }
    ReviewRepublish { da: "Vis igen", en: "Show again" }
    ReviewDeregister { da: "Afregistrér", en: "Deregister" }
    ReviewReverify { da: "Registrér ny kontrol", en: "Record a new check" }
    ReportsHeading { da: "Årsrapporter", en: "Annual reports" }
    ReportsEmpty { da: "Ingen årsrapporter er overskredet eller forfalder de næste 60 dage.", en: "No annual report is overdue or falls due in the next 60 days." }
    ReportDueLabel { da: "Frist", en: "Due" }
    ReportStateLabel { da: "Status", en: "Status" }
    ReportOverdue { da: "Overskredet", en: "Overdue" }
    ReportUpcoming { da: "Kommende", en: "Upcoming" }
    ReportReminded { da: "påmindelse sendt", en: "reminder sent" }
    NextReportLabel { da: "Næste årsrapport", en: "Next annual report" }
    NextReportText { da: "for regnskabsåret, der sluttede {end}, frist {due}", en: "for the financial year ended {end}, due {due}" }
    ReviewEditHeading { da: "Ret oplysningerne", en: "Correct the details" }
    ReviewEditSave { da: "Gem rettelserne", en: "Save the corrections" }
    ReviewReportReceived { da: "Registrér årsrapporten som modtaget", en: "Record the annual report as received" }

    // Listing applications: emails ({…} are filled in)
    RoutingTitle { da: "Fordeling af henvendelser", en: "Routing of enquiries" }
    RoutingLead { da: "Vælg, hvem der som udgangspunkt får henvendelser om hvert emne. Kontaktpersonen kan altid sende dem videre.", en: "Choose who gets enquiries on each topic by default. The contact can always route them on." }
    RoutingNobody { da: "Kontaktpersonen fordeler", en: "The contact routes it" }
    RoutingSave { da: "Gem fordelingen", en: "Save the routing" }
    RoutingSaved { da: "Fordelingen er gemt.", en: "The routing has been saved." }
    StaffRoutingLink { da: "Fordeling af henvendelser", en: "Routing of enquiries" }

    // Admin: audit log
    AuditTitle { da: "Revisionslog", en: "Audit log" }
    AuditLead { da: "Alle ændringer, medarbejderne (og systemet selv) har foretaget: hvem, hvornår og hvad. Nyeste først.", en: "Every change staff (and the system itself) made: who, when and what. Newest first." }
    AuditCaption { da: "Ændringer, nyeste først", en: "Changes, newest first" }
    AuditSearchLabel { da: "Søg i handling eller emne", en: "Search action or subject" }
    AuditSearchHelp { da: "Fx »staff_user:3«, »enquiry.reply« eller »discount_rate«.", en: "E.g. \"staff_user:3\", \"enquiry.reply\" or \"discount_rate\"." }
    AuditEmpty { da: "Ingen ændringer fundet.", en: "No changes found." }
    AuditOlder { da: "Ældre ændringer", en: "Older changes" }
    AuditSystem { da: "Systemet", en: "The system" }
    AuditWhen { da: "Tidspunkt", en: "When" }
    AuditWho { da: "Hvem", en: "Who" }
    AuditAction { da: "Handling", en: "Action" }
    AuditSubject { da: "Emne", en: "Subject" }
    AuditDetail { da: "Detaljer", en: "Details" }

    // Admin: municipalities
    MunicipalitiesTitle { da: "Kommuner", en: "Municipalities" }
    MunicipalitiesLead { da: "Kommunerne på denne side. Koden og adressenavnet ændres ikke, når en kommune er oprettet: links til registret bruger dem.", en: "The municipalities on this site. The code and the URL name stay once a municipality exists: links to the registry use them." }
    MunicipalitiesCaption { da: "Kommuner efter navn", en: "Municipalities by name" }
    MunicipalitiesAddHeading { da: "Tilføj en kommune", en: "Add a municipality" }
    MunicipalitiesAddButton { da: "Tilføj kommunen", en: "Add the municipality" }
    MunicipalityCodeLabel { da: "Kommunekode", en: "Municipality code" }
    MunicipalityCodeHelp { da: "Den officielle firecifrede kode, fx 0813 for Frederikshavn.", en: "The official four-digit code, e.g. 0813 for Frederikshavn." }
    MunicipalityNewName { da: "Kommunens navn", en: "The municipality's name" }
    MunicipalityRename { da: "Omdøb", en: "Rename" }
    MunicipalitySlug { da: "Adressenavn", en: "URL name" }
    MunicipalityCompanies { da: "Virksomheder", en: "Companies" }

    // Admin: staff accounts
    StaffUsersTitle { da: "Medarbejderkonti", en: "Staff accounts" }
    StaffUsersLead { da: "Alle medarbejdere med adgang, i alle kommuner. En ny medarbejder får en e-mail med et link til at vælge sin adgangskode.", en: "Everyone with access, in every municipality. A new member of staff gets an email with a link to choose their password." }
    StaffUsersCaption { da: "Medarbejdere efter kommune og navn", en: "Staff by municipality and name" }
    StaffNewHeading { da: "Ny medarbejder", en: "New member of staff" }
    StaffCreateButton { da: "Opret og send invitation", en: "Create and send invitation" }
    StaffCreated { da: "Medarbejderen er oprettet og har fået en invitation på e-mail.", en: "The member of staff has been created and invited by email." }
    StaffEditTitle { da: "Ret medarbejder", en: "Edit member of staff" }
    StaffSaveButton { da: "Gem ændringer", en: "Save changes" }
    StaffSaved { da: "Ændringerne er gemt.", en: "The changes have been saved." }
    StaffActiveLabel { da: "Kontoen er aktiv (kan logge ind)", en: "The account is active (can sign in)" }
    StaffSelfNote { da: "Det er din egen konto: du kan ikke deaktivere den eller fjerne din administratorrolle.", en: "This is your own account: you cannot deactivate it or give up your administrator role." }
    StaffPasswordHeading { da: "Adgangskode", en: "Password" }
    StaffPasswordLead { da: "Send et link, så medarbejderen selv kan vælge en ny adgangskode. Det ophæver også en spærring.", en: "Send a link so the member of staff can choose a new password themselves. It also lifts a lockout." }
    StaffResendInvite { da: "Send invitationen igen", en: "Send the invitation again" }
    StaffSendResetLink { da: "Send link til ny adgangskode", en: "Send a new password link" }
    StaffLinkSent { da: "Linket er sendt på e-mail.", en: "The link has been sent by email." }
    StaffActive { da: "Aktiv", en: "Active" }
    StaffDeactivated { da: "Deaktiveret", en: "Deactivated" }
    StaffLocked { da: "Spærret (for mange forkerte adgangskoder)", en: "Locked (too many wrong passwords)" }
    StaffInvited { da: "Inviteret, har ikke valgt adgangskode", en: "Invited, no password chosen yet" }
    RoleLabel { da: "Rolle", en: "Role" }
    RoleHelp { da: "Kontaktperson: alt i sin kommune. Kollega: det, der sendes videre til dem. Administrator: medarbejdere, kommuner og indstillinger.", en: "Contact: everything in their municipality. Colleague: what is routed to them. Administrator: staff, municipalities and settings." }
    ChooseOption { da: "Vælg …", en: "Choose …" }
    DashOpen { da: "Åbne", en: "Open" }
    DashOverdue { da: "Overskredne", en: "Overdue" }
    DashDueToday { da: "Frist i dag", en: "Due today" }
    DashThisMonth { da: "Modtaget denne måned", en: "Received this month" }
    DashMedianFirstAnswer { da: "Median tid til første svar (denne måned)", en: "Median time to first answer (this month)" }
    DurationHoursMinutes { da: "{h} t {m} min", en: "{h} h {m} min" }
    InboxSearchLabel { da: "Søg (reference, navn, e-mail, CVR)", en: "Search (reference, name, email, CVR)" }
    InboxSameEmail { da: "alle henvendelser fra denne e-mail", en: "all enquiries from this email" }
    InboxSameCvr { da: "alle henvendelser med dette CVR-nummer", en: "all enquiries with this CVR number" }
    InboxInRegistry { da: "virksomheden i registret", en: "the company in the registry" }
    PersonalDataHeading { da: "Personoplysninger", en: "Personal data" }
    PersonalDataExport { da: "Hent alt om personen (JSON)", en: "Download everything on the person (JSON)" }
    PersonalDataConfirm { da: "Personen har bedt om sletning af alle sine henvendelser", en: "The person has asked for all their enquiries to be erased" }
    PersonalDataErase { da: "Slet personens oplysninger", en: "Erase the person's data" }
    OutboxTitle { da: "Udgående e-mail", en: "Outgoing email" }
    OutboxLead { da: "Alt, hvad systemet har sendt eller skal sende. Fejlede forsøg prøves igen med stigende pause; efter sidste forsøg står de som fejlet.", en: "Everything the system has sent or is to send. Failed attempts are retried with growing pauses; after the last they show as failed." }
    OutboxCaption { da: "De nyeste 200 e-mails fra din kommune og systemet selv", en: "The newest 200 emails of your municipality and the system itself" }
    OutboxCreated { da: "Oprettet", en: "Created" }
    OutboxTo { da: "Til", en: "To" }
    OutboxSubject { da: "Emne", en: "Subject" }
    OutboxAttempts { da: "Forsøg", en: "Attempts" }
    OutboxLastError { da: "Seneste fejl", en: "Last error" }
    OutboxSent { da: "Sendt", en: "Sent" }
    OutboxPending { da: "Venter", en: "Pending" }
    OutboxFailed { da: "Fejlet", en: "Failed" }

    // The mentor scheme
    NavMentors { da: "Mentorer", en: "Mentors" }
    MentorsTitle { da: "Mentorordningen", en: "The mentor scheme" }
    MentorsLead {
        da: "Ledere og medarbejdere fra lokale virksomheder giver socialøkonomiske virksomheder sparring: forretningsplan, markedsføring, økonomi, lokalkendskab. Kommunen matcher jer og følger forløbet.",
        en: "Managers and employees of local businesses give social-economy enterprises a sparring partner: business plan, marketing, finance, local knowledge. The municipality matches you and follows the mentorship.",
    }
    MentorsHowHeading { da: "Sådan foregår et forløb", en: "How a mentorship works" }
    MentorsHowText {
        da: "Et forløb varer typisk tre måneder med et møde hver eller hver anden uke. Begge parter underskriver en fortrolighedsaftale, før I går i gang, og I aftaler selv mål og mødested. Det er frivilligt og ulønnet, og du kan holde pause eller stoppe når som helst.",
        en: "A mentorship usually lasts three months with a meeting every week or two. Both sides sign a confidentiality agreement before you begin, and you agree goals and where to meet yourselves. It is voluntary and unpaid, and you may pause or stop at any time.",
    }
    MentorsAskText { da: "Søger din virksomhed en mentor?", en: "Is your enterprise looking for a mentor?" }
    MentorsAskLink { da: "Spørg efter en mentor", en: "Ask for a mentor" }
    MentorsSignUpHeading { da: "Bliv mentor", en: "Become a mentor" }
    MentorsSentTitle { da: "Tjek din e-mail", en: "Check your email" }
    MentorsSentText { da: "Vi har sendt dig et link. Åbn det for at bekræfte din e-mailadresse; derefter ser kommunen din tilmelding.", en: "We have sent you a link. Open it to confirm your email address; then the municipality sees your sign-up." }
    MentorsConfirmedTitle { da: "Tak, din tilmelding er bekræftet", en: "Thank you, your sign-up is confirmed" }
    MentorsConfirmedText { da: "Kommunen vurderer den og skriver til dig, når den er godkendt.", en: "The municipality looks at it and writes to you once it is approved." }
    MentorsLeftTitle { da: "Farvel og tak", en: "Goodbye, and thank you" }
    MentorsLeftText { da: "Du er udmeldt af mentorordningen. Tak for din indsats.", en: "You have left the mentor scheme. Thank you for your help." }
    MentorAboutYouHeading { da: "Om dig", en: "About you" }
    MentorOfferHeading { da: "Det kan du tilbyde", en: "What you can offer" }
    MentorOrganisationLabel { da: "Virksomhed eller organisation", en: "Business or organisation" }
    MentorRoleLabel { da: "Din stilling", en: "Your role" }
    MentorExpertiseLabel { da: "Hvad kan du hjælpe med?", en: "What can you help with?" }
    MentorSectorsLabel { da: "Brancher, du kender (valgfrit)", en: "Trades you know (optional)" }
    MentorLanguagesLabel { da: "Sprog, du kan være mentor på", en: "Languages you can mentor in" }
    MentorCapacityLabel { da: "Hvor mange virksomheder ad gangen?", en: "How many enterprises at a time?" }
    MentorCapacityHelp { da: "Fra 1 til 5.", en: "From 1 to 5." }
    MentorAvailableFromLabel { da: "Ledig fra", en: "Available from" }
    MentorAvailableToLabel { da: "Ledig til", en: "Available until" }
    MentorIntroductionLabel { da: "Kort om dig", en: "A few words about you" }
    MentorIntroductionHelp { da: "Din erfaring, og hvad du gerne vil give videre. Virksomheden ser det, når I bliver foreslået hinanden.", en: "Your experience, and what you would like to pass on. The enterprise sees it when you are proposed to each other." }
    MentorConsentLabel { da: "Kommunen må gemme mine oplysninger til mentorordningen og dele dem med de virksomheder, jeg foreslås til.", en: "The municipality may keep my details for the mentor scheme and share them with the enterprises I am proposed to." }
    MentorSignUpSend { da: "Tilmeld mig", en: "Sign me up" }
    ExpertiseBusinessPlanning { da: "Forretningsplan", en: "Business planning" }
    ExpertiseMarketingSales { da: "Markedsføring og salg", en: "Marketing and sales" }
    ExpertiseFinanceFunding { da: "Økonomi og finansiering", en: "Finance and funding" }
    ExpertiseLegalCompanyForm { da: "Jura og virksomhedsform", en: "Legal matters and company form" }
    ExpertiseLocalNetwork { da: "Lokalkendskab og netværk", en: "Local knowledge and network" }
    ExpertiseManagementHr { da: "Ledelse og personale", en: "Management and HR" }
    ExpertiseProductionOperations { da: "Produktion og drift", en: "Production and operations" }
    SectorFoodHospitality { da: "Mad, café og overnatning", en: "Food, café and lodging" }
    SectorRetailSecondHand { da: "Butik og genbrug", en: "Shops and second hand" }
    SectorCraftsProduction { da: "Håndværk og produktion", en: "Crafts and production" }
    SectorCareHealth { da: "Omsorg og sundhed", en: "Care and health" }
    SectorCultureLeisure { da: "Kultur og fritid", en: "Culture and leisure" }
    SectorGreenRecycling { da: "Grøn omstilling og genanvendelse", en: "Green transition and recycling" }
    SectorServicesDigital { da: "Service og digitalt", en: "Services and digital" }
    SectorOther { da: "Andet", en: "Other" }
    LanguageDa { da: "Dansk", en: "Danish" }
    LanguageEn { da: "Engelsk", en: "English" }
    LanguageDe { da: "Tysk", en: "German" }
    MentorConfirmTitle { da: "Bekræft din tilmelding som mentor", en: "Confirm your sign-up as a mentor" }
    MentorConfirmText { da: "Tryk på knappen for at bekræfte din e-mailadresse.", en: "Press the button to confirm your email address." }
    MentorConfirmButton { da: "Bekræft", en: "Confirm" }
    MentorConfirmSpent { da: "Linket er allerede brugt. Er du i tvivl, så tilmeld dig igen med samme e-mailadresse.", en: "The link has already been used. If in doubt, sign up again with the same email address." }
    MentorStatusUnconfirmed { da: "Ikke bekræftet", en: "Not confirmed" }
    MentorStatusPending { da: "Afventer godkendelse", en: "Waiting for approval" }
    MentorStatusApproved { da: "Aktiv mentor", en: "Active mentor" }
    MentorStatusPaused { da: "På pause", en: "Paused" }
    MentorStatusDeclined { da: "Afvist", en: "Declined" }
    MentorStatusLeft { da: "Udmeldt", en: "Left" }
    MyMentorTitle { da: "Din side som mentor", en: "Your page as a mentor" }
    MyMentorNotFound { da: "Linket virker ikke (længere)", en: "This link does not work (any more)" }
    MyMentorNotFoundText { da: "Har du meldt dig ud, er linket lukket. Skriv til kommunen, hvis du vil være med igen.", en: "If you have left the scheme, the link is closed. Write to the municipality if you want to join again." }
    MyMentorKeepLink { da: "Gem denne side som bogmærke: linket er din adgang.", en: "Bookmark this page: the link is your access." }
    MyMentorStatusLabel { da: "Status", en: "Status" }
    MyMentorLoadLabel { da: "Forløb nu", en: "Mentorships now" }
    MyMentorLoadText { da: "{current} af {capacity}", en: "{current} of {capacity}" }
    MyMentorAvailabilityHeading { da: "Hvor meget og hvornår", en: "How much and when" }
    MyMentorSave { da: "Gem", en: "Save" }
    MyMentorSaved { da: "Gemt.", en: "Saved." }
    MyMentorPausedText { da: "Du er på pause: kommunen foreslår dig ikke til nye forløb, før du melder dig klar igen.", en: "You are paused: the municipality proposes you for no new mentorships until you are back." }
    MyMentorPauseHeading { da: "Pause eller udmeldelse", en: "Pause or leave" }
    MentorStepPause { da: "Hold pause", en: "Pause" }
    MentorStepResume { da: "Jeg er klar igen", en: "I am back" }
    MentorStepLeave { da: "Meld mig ud", en: "Leave the scheme" }
    MentorLeaveConfirmLabel { da: "Ja, meld mig ud af mentorordningen", en: "Yes, take me out of the mentor scheme" }
    MentorStepApprove { da: "Godkend", en: "Approve" }
    MentorStepDecline { da: "Afvis", en: "Decline" }
    MentorLeaveHelp { da: "Udmelder du dig, lukker linket, og kommunen sletter dine oplysninger efter reglerne for opbevaring.", en: "If you leave, the link closes and the municipality erases your details under its retention rules." }
    MentorDonePause { da: "Du er nu på pause.", en: "You are now paused." }
    MentorDoneResume { da: "Velkommen tilbage: kommunen kan igen foreslå dig.", en: "Welcome back: the municipality can propose you again." }
    StaffMentorsTitle { da: "Mentorer", en: "Mentors" }
    StaffMentorsWaitingHeading { da: "Tilmeldinger, der venter på svar", en: "Sign-ups waiting for a decision" }
    StaffMentorsWaitingEmpty { da: "Ingen tilmeldinger venter.", en: "No sign-up is waiting." }
    StaffMentorsHeading { da: "Mentorer i ordningen", en: "Mentors in the scheme" }
    StaffMentorsEmpty { da: "Ingen mentorer endnu.", en: "No mentors yet." }
    StaffMentorsDoneApprove { da: "Mentoren er godkendt og har fået sit link.", en: "The mentor is approved and has been sent their link." }
    StaffMentorsDoneDecline { da: "Tilmeldingen er afvist, og mentoren har fået begrundelsen.", en: "The sign-up is declined, and the mentor has been sent the reason." }
    MentorDeclineReasonLabel { da: "Begrundelse (sendes til mentoren)", en: "Reason (sent to the mentor)" }
    MentorSignedUpLabel { da: "Tilmeldt", en: "Signed up" }
    MentorAvailableLabel { da: "Ledig", en: "Available" }
    MentorNameLabel { da: "Navn", en: "Name" }
    AskMentorTitle { da: "Få en mentor", en: "Ask for a mentor" }
    AskMentorLead { da: "Fortæl, hvad jeres virksomhed skal have hjælp til. Kommunen finder en mentor, der passer, og skriver til jer med et forslag.", en: "Tell us what your enterprise needs help with. The municipality finds a mentor who fits and writes to you with a proposal." }
    AskMentorSentTitle { da: "Tak, kommunen har jeres ønske", en: "Thank you, the municipality has your request" }
    AskMentorSentText { da: "Vi har sendt en kvittering til din e-mail. Kommunen skriver, når den har et forslag til en mentor.", en: "We have sent a receipt to your email. The municipality writes when it has a mentor to propose." }
    AskMentorSend { da: "Send ønsket", en: "Send the request" }
    AskMentorCompanyLabel { da: "Virksomhedens navn", en: "Company name" }
    MentorNeedsLabel { da: "Hvad skal I have hjælp til?", en: "What do you need help with?" }
    MentorSectorLabel { da: "Jeres branche", en: "Your trade" }
    MentorLanguageLabel { da: "Foretrukket sprog", en: "Preferred language" }
    MentorDetailsLabel { da: "Andet, kommunen bør vide", en: "Anything else the municipality should know" }
    MentorAskConsentLabel { da: "Kommunen må gemme mine oplysninger til mentorordningen og dele dem med den mentor, kommunen foreslår os.", en: "The municipality may keep my details for the mentor scheme and share them with the mentor it proposes to us." }
    StaffRequestsHeading { da: "Virksomheder, der venter på en mentor", en: "Enterprises waiting for a mentor" }
    StaffRequestsEmpty { da: "Ingen venter på en mentor.", en: "No one is waiting for a mentor." }
    RequestWaitingLabel { da: "Venter", en: "Waiting" }
    RequestWaitingDays { da: "{days} dage", en: "{days} days" }
    RequestWaitingOneDay { da: "1 dag", en: "1 day" }
    RequestTitle { da: "Ønske om mentor", en: "Request for a mentor" }
    RequestAskedLabel { da: "Spurgt", en: "Asked" }
    RequestFromLabel { da: "Kom fra", en: "Came from" }
    RequestSuggestionsHeading { da: "Forslag til mentorer", en: "Suggested mentors" }
    RequestSuggestionsLead { da: "Point for hver del ud af dens vægt, i alt højst 100; i parentes de behov, mentoren dækker.", en: "Points for each part out of its weight, at most 100 in all; in brackets the needs the mentor covers." }
    RequestNotOpen { da: "Ønsket har fået en mentor eller er afsluttet; der foreslås ikke flere.", en: "This request has a mentor or is closed; no more are suggested." }
    StaffExpertiseLabel { da: "Kompetencer", en: "Expertise" }
    StaffSectorsLabel { da: "Brancher", en: "Trades" }
    StaffLanguagesLabel { da: "Sprog", en: "Languages" }
    StaffNeedsLabel { da: "Behov", en: "Needs" }
    StaffSectorLabel { da: "Branche", en: "Trade" }
    StaffDetailsLabel { da: "Andet", en: "Other" }
    RequestNoSuggestions { da: "Ingen mentor kan tage imod lige nu.", en: "No mentor can take this on now." }
    RequestExcludedHeading { da: "Ikke foreslået ({count})", en: "Not suggested ({count})" }
    RequestScore { da: "{score} point", en: "{score} points" }
    RequestPart { da: "{points} af {weight}", en: "{points} of {weight}" }
    FactorNeeds { da: "Dækker behov", en: "Needs covered" }
    FactorSector { da: "Samme branche", en: "Same trade" }
    FactorLanguage { da: "Fælles sprog", en: "Shared language" }
    FactorAvailability { da: "Ledig i perioden", en: "Available in the period" }
    FactorCapacity { da: "Plads til flere", en: "Room for more" }
    FactorMunicipality { da: "Samme kommune", en: "Same municipality" }
    ExclusionNotApproved { da: "ikke godkendt", en: "not approved" }
    ExclusionPaused { da: "på pause", en: "paused" }
    ExclusionFull { da: "fuldt booket", en: "fully booked" }
    ExclusionUnavailable { da: "ikke ledig i perioden", en: "not available in the period" }
    SourceForm { da: "mentorsiden", en: "the mentor page" }
    SourceRegistry { da: "registret", en: "the registry" }
    SourceAssessment { da: "selvtesten", en: "the self-assessment" }
    SourceEnquiry { da: "henvendelsesformularen", en: "the enquiry form" }
    ErrorMentorCapacity { da: "Skriv et tal fra 1 til 5.", en: "Enter a number from 1 to 5." }
    ErrorMentorPeriod { da: "Slutdatoen ligger før startdatoen.", en: "The end date is before the start date." }
    ErrorChooseOne { da: "Vælg mindst én.", en: "Choose at least one." }
    ErrorRating { da: "Vælg en vurdering fra 1 til 5.", en: "Choose a rating from 1 to 5." }
    ErrorMeetingFuture { da: "Datoen ligger i fremtiden. Registrér kun møder, der er holdt.", en: "The date is in the future. Log only meetings that have been held." }
    ErrorMeetingBeforeStart { da: "Datoen ligger før forløbet gik i gang.", en: "The date is before the mentorship started." }
    ErrorTickToConfirm { da: "Sæt kryds for at bekræfte.", en: "Tick the box to confirm." }
    MentorshipCompleteConfirmLabel { da: "Ja, forløbet er slut: bed begge om en evaluering", en: "Yes, the mentorship has ended: ask both for an evaluation" }
    MentorAnyTime { da: "når som helst", en: "any time" }
    ErrorMeetingNotNow { da: "Der kan kun registreres møder i et aktivt forløb eller et forløb på pause.", en: "Meetings can only be logged in an active or paused mentorship." }
    ErrorMentorNotFree { da: "Mentoren kan ikke tage flere forløb nu. Vælg en anden.", en: "This mentor cannot take on another mentorship now. Choose another." }
    ErrorMentorshipClosed { da: "Forløbet er ikke længere foreslået, så der er intet at bekræfte.", en: "This mentorship is no longer proposed, so there is nothing to confirm." }
    ErrorEvaluationGiven { da: "Du har allerede evalueret forløbet. Tak!", en: "You have already evaluated this mentorship. Thank you!" }
    MentorshipProposed { da: "Foreslået", en: "Proposed" }
    MentorshipActive { da: "Aktivt", en: "Active" }
    MentorshipPaused { da: "På pause", en: "Paused" }
    MentorshipCompleted { da: "Afsluttet", en: "Completed" }
    MentorshipCancelled { da: "Annulleret", en: "Cancelled" }
    ProposeHeading { da: "Foreslå et forløb", en: "Propose a mentorship" }
    ProposeLead { da: "Begge får en e-mail med et link til aftalen om tavshedspligt. Forløbet går i gang, når begge har bekræftet.", en: "Both are emailed a link to the confidentiality agreement. The mentorship starts when both have confirmed." }
    ProposeMentorLabel { da: "Mentor", en: "Mentor" }
    PeriodFromLabel { da: "Fra", en: "From" }
    PeriodToLabel { da: "Til", en: "To" }
    GoalsLabel { da: "Mål for forløbet", en: "Goals of the mentorship" }
    ProposeButton { da: "Foreslå forløbet", en: "Propose the mentorship" }
    MentorshipsHeading { da: "Forløb", en: "Mentorships" }
    MentorshipsEmpty { da: "Ingen forløb endnu.", en: "No mentorships yet." }
    MentorshipTitle { da: "Mentorforløb", en: "Mentorship" }
    MentorshipEnterpriseLabel { da: "Virksomhed", en: "Enterprise" }
    MentorshipAskerLabel { da: "Kontaktperson", en: "Contact person" }
    MentorshipPeriodLabel { da: "Periode", en: "Period" }
    MentorshipMentorAgreed { da: "Mentorens tavshedspligt", en: "Mentor's confidentiality" }
    MentorshipEnterpriseAgreed { da: "Virksomhedens tavshedspligt", en: "Enterprise's confidentiality" }
    MentorshipNotYet { da: "Ikke bekræftet endnu", en: "Not confirmed yet" }
    MentorshipActiveSince { da: "Aktivt siden", en: "Active since" }
    MentorshipEnded { da: "Sluttede", en: "Ended" }
    MentorshipCancelReason { da: "Begrundelse", en: "Reason" }
    MentorshipLastMeeting { da: "Seneste møde", en: "Last meeting" }
    MentorshipRequestLink { da: "Ønsket om mentor", en: "The request for a mentor" }
    MeetingsHeading { da: "Møder", en: "Meetings" }
    MeetingsEmpty { da: "Ingen møder registreret endnu.", en: "No meetings logged yet." }
    MeetingLogHeading { da: "Registrér et møde", en: "Log a meeting" }
    MeetingMetOnLabel { da: "Mødets dato", en: "Date of the meeting" }
    MeetingNotesLabel { da: "Hvad blev der talt om?", en: "What was discussed?" }
    MeetingNextStepLabel { da: "Næste skridt", en: "Next step" }
    MeetingLogButton { da: "Registrér mødet", en: "Log the meeting" }
    MeetingByMentor { da: "registreret af mentoren", en: "logged by the mentor" }
    EvaluationsHeading { da: "Evalueringer (kun for kommunen)", en: "Evaluations (municipality only)" }
    EvaluationNotAnswered { da: "ikke besvaret endnu", en: "not answered yet" }
    SideMentor { da: "Mentoren", en: "The mentor" }
    SideEnterprise { da: "Virksomheden", en: "The enterprise" }
    RatingOf { da: "{rating} af 5", en: "{rating} of 5" }
    MentorshipStepsHeading { da: "Forløbets gang", en: "The mentorship's course" }
    MentorshipStepPause { da: "Sæt på pause", en: "Pause" }
    MentorshipStepResume { da: "Genoptag", en: "Resume" }
    MentorshipStepComplete { da: "Afslut og bed om evaluering", en: "Complete and ask for evaluations" }
    MentorshipStepCancel { da: "Annullér forløbet", en: "Cancel the mentorship" }
    MentorshipCancelReasonLabel { da: "Begrundelse (sendes til begge)", en: "Reason (sent to both)" }
    MentorshipDonePropose { da: "Forløbet er foreslået, og begge har fået et link til aftalen om tavshedspligt.", en: "The mentorship is proposed, and both have been sent a link to the confidentiality agreement." }
    MentorshipDoneMeeting { da: "Mødet er registreret.", en: "The meeting is logged." }
    MentorshipDonePause { da: "Forløbet er sat på pause.", en: "The mentorship is paused." }
    MentorshipDoneResume { da: "Forløbet er genoptaget.", en: "The mentorship is resumed." }
    MentorshipDoneComplete { da: "Forløbet er afsluttet, og begge er bedt om en evaluering.", en: "The mentorship is completed, and both have been asked for an evaluation." }
    MentorshipDoneCancel { da: "Forløbet er annulleret, og begge har fået begrundelsen.", en: "The mentorship is cancelled, and both have been sent the reason." }
    ResultsHeading { da: "Resultater pr. år", en: "Results per year" }
    ResultsYear { da: "År", en: "Year" }
    ResultsMatched { da: "Matchet", en: "Matched" }
    ResultsCompleted { da: "Afsluttede forløb", en: "Completed" }
    ResultsAverage { da: "Gennemsnitlig evaluering (antal)", en: "Average evaluation (count)" }
    ResultsMedian { da: "Median ventetid til match", en: "Median wait for a match" }
    AgreeTitle { da: "Aftale om tavshedspligt", en: "Confidentiality agreement" }
    AgreeLead { da: "Mentorforløbet, som {municipality} har foreslået:", en: "The mentorship {municipality} has proposed:" }
    AgreeText { da: "Mentor og virksomhed holder det, de hører om hinandens forhold i forløbet, for sig selv, også når forløbet er slut. Kommunen følger forløbet: datoer, mødenoter og evalueringer.", en: "Mentor and enterprise keep what they learn about each other's affairs in the mentorship to themselves, also after it has ended. The municipality follows the mentorship: dates, meeting notes and evaluations." }
    AgreeConfirmLabel { da: "Jeg accepterer aftalen om tavshedspligt", en: "I accept the confidentiality agreement" }
    AgreeButton { da: "Bekræft", en: "Confirm" }
    AgreeWaiting { da: "Tak, du har bekræftet. Forløbet går i gang, når den anden part også har bekræftet.", en: "Thank you, you have confirmed. The mentorship starts when the other side has confirmed too." }
    AgreeActive { da: "Begge har bekræftet: forløbet er i gang.", en: "Both have confirmed: the mentorship has started." }
    AgreeClosed { da: "Forløbet er ikke længere foreslået.", en: "This mentorship is no longer proposed." }
    EvaluateTitle { da: "Hvordan gik mentorforløbet?", en: "How did the mentorship go?" }
    EvaluateLead { da: "Forløbet mellem {mentor} og {company} er afsluttet. Kun kommunens medarbejdere læser dit svar.", en: "The mentorship between {mentor} and {company} has ended. Only the municipality's staff read your answer." }
    RatingLabel { da: "Din vurdering", en: "Your rating" }
    Rating1 { da: "1 – dårligt", en: "1 – poor" }
    Rating2 { da: "2", en: "2" }
    Rating3 { da: "3", en: "3" }
    Rating4 { da: "4", en: "4" }
    Rating5 { da: "5 – rigtig godt", en: "5 – excellent" }
    CommentLabel { da: "Kommentar", en: "Comment" }
    EvaluateButton { da: "Send evalueringen", en: "Send the evaluation" }
    EvaluateThanks { da: "Tak for din evaluering.", en: "Thank you for your evaluation." }
    MyMentorshipsHeading { da: "Dine forløb", en: "Your mentorships" }
    MyMentorshipsEmpty { da: "Du har ingen forløb endnu.", en: "You have no mentorships yet." }
    ErrorMentorStep { da: "Det kan ikke gøres nu: siden viser ikke længere det seneste. Genindlæs siden.", en: "That cannot be done now: the page no longer shows the latest. Reload the page." }
}
