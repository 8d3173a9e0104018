//! Routes whose code is split out of the main WASM bundle (`cargo leptos build --split`)
//! and loaded when first visited: the registry's list and profiles, the self-assessment's
//! steps and result, the enquiry form and status page, and the staff area. The main
//! bundle, which the bundle budget measures, keeps what every page needs plus the home
//! page, the self-assessment's intro and the privacy notice. On the server these are
//! plain calls; without JavaScript nothing changes.
use crate::account::{LoginPage, RequestResetPage, ResetPasswordPage, StaffHomePage};
use crate::admin::{
    AuditLogPage, MunicipalitiesPage, OutboxPage, RatesAdminPage, RoutingPage, StaffEditPage,
    StaffListPage,
};
use crate::assessment::{AssessmentResultPage, AssessmentStepPage};
use crate::enquiries::{EnquiryPage, EnquiryStatusPage};
use crate::inbox::{EnquiryDetailPage, InboxPage};
use crate::listing::{ApplicationPage, ApplyPage, ConfirmPage, ReviewPage, ReviewQueuePage};
use crate::mentoring::{
    AgreePage, AskMentorPage, EvaluatePage, MentorConfirmPage, MentorRequestPage, MentorsPage,
    MentorshipPage, MyMentorPageView, StaffMentorsPage,
};
use crate::registry::{CompanyListPage, CompanyProfilePage, StatisticsPage};
use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

macro_rules! lazy_page {
    ($route:ident, $page:ident) => {
        #[derive(Debug)]
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                Self
            }

            fn view(_this: Self) -> AnyView {
                view! { <$page/> }.into_any()
            }
        }
    };
}

lazy_page!(CompanyListRoute, CompanyListPage);
lazy_page!(CompanyProfileRoute, CompanyProfilePage);
lazy_page!(StatisticsRoute, StatisticsPage);
lazy_page!(ApplyRoute, ApplyPage);
lazy_page!(ConfirmRoute, ConfirmPage);
lazy_page!(ApplicationRoute, ApplicationPage);
lazy_page!(ReviewQueueRoute, ReviewQueuePage);
lazy_page!(ReviewRoute, ReviewPage);
lazy_page!(AssessmentStepRoute, AssessmentStepPage);
lazy_page!(AssessmentResultRoute, AssessmentResultPage);
lazy_page!(EnquiryRoute, EnquiryPage);
lazy_page!(EnquiryStatusRoute, EnquiryStatusPage);
lazy_page!(InboxRoute, InboxPage);
lazy_page!(EnquiryDetailRoute, EnquiryDetailPage);
lazy_page!(RoutingRoute, RoutingPage);
lazy_page!(OutboxRoute, OutboxPage);
lazy_page!(LoginRoute, LoginPage);
lazy_page!(RequestResetRoute, RequestResetPage);
lazy_page!(ResetPasswordRoute, ResetPasswordPage);
lazy_page!(StaffHomeRoute, StaffHomePage);
lazy_page!(RatesAdminRoute, RatesAdminPage);
lazy_page!(StaffListRoute, StaffListPage);
lazy_page!(StaffEditRoute, StaffEditPage);
lazy_page!(AuditLogRoute, AuditLogPage);
lazy_page!(MunicipalitiesRoute, MunicipalitiesPage);
lazy_page!(MentorsRoute, MentorsPage);
lazy_page!(MentorConfirmRoute, MentorConfirmPage);
lazy_page!(MyMentorRoute, MyMentorPageView);
lazy_page!(StaffMentorsRoute, StaffMentorsPage);
lazy_page!(AskMentorRoute, AskMentorPage);
lazy_page!(MentorRequestRoute, MentorRequestPage);
lazy_page!(MentorshipRoute, MentorshipPage);
lazy_page!(AgreeRoute, AgreePage);
lazy_page!(EvaluateRoute, EvaluatePage);
