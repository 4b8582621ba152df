# document key -> UI locale key whose translations are reused as-is
REUSE = {
 "f_contact_person":"f_contact_person","f_phone":"f_phone","f_email":"f_email","f_address":"f_address",
 "f_offence_provision":"f_offence_provision","f_offence_penalty":"f_offence_penalty","f_offence_conduct":"f_offence_conduct",
 "f_place":"f_fact_place","f_date":"f_date","f_birth_date":"f_birth_date","f_birth_place":"f_birth_place",
 "f_nationality":"f_nationality","f_identifiers_person":"f_other_identifiers","f_hearing_status":"f_hearing_status",
 "f_questions":"f_questions","f_rights":"f_rights","f_officials":"f_officials","f_interpreter_language":"f_interpreter_language",
 "f_documents":"f_documents","f_proof_of_service":"f_proof_of_service","f_premises":"f_premises","f_items_sought":"f_items_sought",
 "f_grounds":"f_grounds","f_chain_of_custody":"f_chain_of_custody","f_asset":"f_asset","f_asset_location":"f_asset_location",
 "f_estimated_value":"f_estimated_value","f_link_to_offence":"f_link_to_offence","f_dissipation_risk":"f_dissipation_risk",
 "f_object_or_site":"f_object_or_site","f_what_to_examine":"f_what_to_examine","f_items":"f_items",
 "f_account_numbers":"f_account_numbers","f_record_kinds":"f_record_kinds","f_period_from":"f_period_from","f_period_to":"f_period_to",
 "f_certification":"f_certification","f_property":"f_property","f_known_locations":"f_known_locations","f_person":"f_person",
 "f_expenses":"f_expenses","f_custody":"f_custody","f_return_by":"f_return_by","f_proposed_dates":"f_proposed_dates",
 "f_technical_contact":"f_technical_contact","f_custodian":"f_custodian","f_relation_to_offence":"f_relation_to_offence",
 "f_provider":"f_provider","f_date_from":"f_date_from","f_date_to":"f_date_to","f_time_zone":"f_time_zone",
 "f_preservation_reference":"f_preservation_reference","f_description":"f_description","f_proc_certification":"f_proc_certification",
 "f_categories":"f_categories","cat_subscriber":"f_cat_subscriber","cat_traffic":"f_cat_traffic","cat_content":"f_cat_content",
 "f_functions":"f_authority_functions","f_case_reference":"f_case_reference",
 "f_video_reason":"f_video_reason","f_video_conducted_by":"f_video_conducted_by",
 "f_video_protection":"f_video_protection","f_registration_number":"f_registration_number",
 "f_incorporation_place":"f_incorporation_place","f_registered_address":"f_registered_address",
 "f_preservation_status":"f_preservation_status","f_earlier_reference":"f_earlier_reference",
 "ps_new":"ps_new","ps_extension":"ps_extension","ps_follow_up":"ps_follow_up",
}
for k in ["taking_evidence","videoconference","service_of_documents","search_seizure","freezing","examination","information","records","tracing_proceeds","voluntary_appearance","temporary_transfer","preservation","stored_data","subscriber_information","other"]:
    REUSE["mt_"+k]="mt_"+k
for k in ["suspect","accused","witness","victim","expert","legal_person","account_holder","convicted","other"]:
    REUSE["role_"+k]="role_"+k
for k in ["investigation","prosecution","trial","execution_of_sentence"]:
    REUSE["kind_"+k]="kind_"+k
for k in ["witness","suspect","expert"]:
    REUSE["status_"+k]="status_"+k
for k in ["ip_address","email","account","phone","domain","url","device","other"]:
    REUSE["idk_"+k]="idk_"+k
