provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "vpc_id" {
  type        = string
  description = "VPC of the service"
}

variable "log_bucket" {
  type        = string
  description = "The organisation's access-log bucket (managed with the logging account)"
  default     = "shop-access-logs"
}

variable "admin_cidr" {
  type        = string
  description = "The operations network allowed to reach SSH"
  default     = "10.20.0.0/24"
}

resource "aws_kms_key" "assets" {
  description         = "shop-api assets"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "assets" {
  bucket = "shop-api-assets"
}

resource "aws_s3_bucket_logging" "assets" {
  bucket        = aws_s3_bucket.assets.id
  target_bucket = var.log_bucket
  target_prefix = "assets/"
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.assets.arn
    }
  }
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_security_group" "api" {
  name        = "shop-api"
  description = "shop-api ingress"
  vpc_id      = var.vpc_id

  ingress {
    description = "SSH from the operations network only"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}
