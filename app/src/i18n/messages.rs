//! Every user-facing text, Danish first. Add a key here and use it as `i18n.t(Msg::Key)`;
//! `{name}` placeholders are filled by `Lang::fill`.
use super::Lang;
use serde::{Deserialize, Serialize};

macro_rules! messages {
    ($( $key:ident { da: $da:literal, en: $en:literal $(,)? } )*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Msg { $($key),* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            pub const fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (Msg::$key, Lang::Da) => $da, (Msg::$key, Lang::En) => $en, )*
                }
            }
        }
    };
}

messages! {
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
    ErrorInternal { da: "Der skete en fejl hos os. Prøv igen om lidt.", en: "Something went wrong on our side. Please try again shortly." }
    ErrorRequest { da: "Forespørgslen kunne ikke behandles. Tjek din forbindelse, og prøv igen.", en: "The request could not be handled. Check your connection and try again." }
    ErrorTooLong { da: "Teksten er for lang: højst {max} tegn.", en: "The text is too long: at most {max} characters." }
    ErrorOutOfRange { da: "Værdien skal være mellem {min} og {max}.", en: "The value must be between {min} and {max}." }
    ErrorInvalidValue { da: "Værdien er ugyldig.", en: "The value is not valid." }
    ErrorRequired { da: "Udfyld feltet.", en: "Please fill in this field." }
    ErrorChoose { da: "Vælg en af mulighederne.", en: "Choose one of the options." }
    ErrorAmount { da: "Skriv et beløb i kroner, fx 250.000 eller 250000,50.", en: "Enter an amount in DKK, e.g. 250,000 or 250000.50." }
    ErrorAmountNegative { da: "Beløbet kan ikke være negativt.", en: "The amount cannot be negative." }
    ErrorPercent { da: "Skriv en procent mellem 0 og 100, fx 12,5.", en: "Enter a percentage between 0 and 100, e.g. 12.5." }
    ErrorDate { da: "Skriv en dato, fx 1.9.2025.", en: "Enter a date, e.g. 2025-09-01." }
    ErrorSalesAboveTotal { da: "Salget kan ikke være større end den samlede omsætning.", en: "Sales cannot be larger than total revenue." }
}
