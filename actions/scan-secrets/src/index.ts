import { notImplemented } from '@portcullis/action-kit'

notImplemented('scan-secrets')
