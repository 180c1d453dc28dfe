import { notImplemented } from '@portcullis/action-kit'

notImplemented('scan-deps')
