// Our own workload descriptions, written independently of the public scenarios, with the kinds a
// sound recommendation may put first (AWS decision-guide reasoning) and the fields the words settle.
import type { Kind, Profile } from '../../../src/domain.js';

export interface DescriptionCase {
  text: string;
  accept: Kind[];
  fields: Profile;
}

export const DESCRIPTIONS: DescriptionCase[] = [
  {
    text: 'We have a nightly ETL that runs about 3 hours on 64 GB, should this be Lambda?',
    accept: ['container'],
    fields: { runtime: 'long', traffic: 'scheduled', compute: 'large' },
  },
  {
    text: 'A Slack bot that answers slash commands in under a second; it gets maybe fifty requests a day.',
    accept: ['serverless'],
    fields: { runtime: 'short', traffic: 'bursty' },
  },
  {
    text: 'Fine-tuning a model on 4 A100 GPUs; each run takes 2 days.',
    accept: ['vm'],
    fields: { runtime: 'long', compute: 'special' },
  },
  {
    text: 'An SQS consumer that resizes images, 200 ms per message, traffic is spiky.',
    accept: ['serverless'],
    fields: { runtime: 'short', traffic: 'bursty' },
  },
  {
    text: 'Our SAP-like ERP runs on physical servers in our data center and needs 2 TB of RAM.',
    accept: ['vm'],
    fields: { compute: 'special', starting_point: 'vm_based' },
  },
  {
    text: 'A Node.js GraphQL API with a constant load of 2,000 requests per second, already in Docker images.',
    accept: ['container'],
    fields: { traffic: 'steady', starting_point: 'containerized' },
  },
  {
    text: 'Windows Server app that needs a custom AMI and a host agent for monitoring.',
    accept: ['vm'],
    fields: { os_control: 'full' },
  },
  {
    text: 'A cron job every 5 minutes that checks an API and writes a row to DynamoDB; takes 3 seconds.',
    accept: ['serverless'],
    fields: { runtime: 'short', traffic: 'scheduled', state: 'external' },
  },
  {
    text: 'Video rendering jobs that take 2h each and need 16 vCPU and 60 GB of memory, no GPU.',
    accept: ['container'],
    fields: { runtime: 'long', compute: 'large' },
  },
  {
    text: 'Our CI runners need Docker-in-Docker and privileged mode.',
    accept: ['vm'],
    fields: { os_control: 'full' },
  },
  {
    text: 'A Kafka-style message broker that must run 24/7 with data on local NVMe disks.',
    accept: ['vm'],
    fields: { runtime: 'always_on', compute: 'special' },
  },
  {
    text: 'A Helm-deployed set of services that must also run on GKE and on-prem; one platform team.',
    accept: ['container'],
    fields: { portability: 'portable', ops: 'full' },
  },
  {
    text: 'PDF generation with headless Chrome, about 20 seconds per document, triggered by an S3 upload, very bursty.',
    accept: ['serverless', 'container'],
    fields: { runtime: 'short', traffic: 'bursty', os_control: 'packages' },
  },
  {
    text: 'A report generator that runs once a week for roughly 40 minutes with 8 GB of memory.',
    accept: ['container'],
    fields: { runtime: 'long', traffic: 'scheduled', compute: 'small' },
  },
  {
    text: 'SQL Server with per-socket licensing that we bring ourselves (BYOL).',
    accept: ['vm'],
    fields: { isolation: 'dedicated' },
  },
  {
    text: 'Students submit untrusted Python code to our grading service; each run is under 10 seconds.',
    accept: ['serverless', 'container'],
    fields: { isolation: 'strong', runtime: 'short' },
  },
  {
    text: 'A high-frequency trading engine that needs bare metal and microsecond latency.',
    accept: ['vm'],
    fields: { compute: 'special', latency: 'sensitive' },
  },
  {
    text: 'An EventBridge rule fires at 2am daily to email a summary; the function runs for 10 seconds. Solo developer, no ops.',
    accept: ['serverless'],
    fields: { traffic: 'scheduled', runtime: 'short', ops: 'minimal' },
  },
  {
    text: 'A web app with sticky sessions and files written to local disk, running on VMs today.',
    accept: ['vm', 'container'],
    fields: { state: 'local', starting_point: 'vm_based' },
  },
  {
    text: 'A stateless REST API with unpredictable traffic; cold starts are fine and we have no ops team.',
    accept: ['serverless'],
    fields: { state: 'stateless', traffic: 'bursty', latency: 'tolerant', ops: 'minimal' },
  },
  {
    text: 'Data pipeline step that takes twelve minutes and 3 GB of memory, kicked off by Kinesis.',
    accept: ['serverless', 'container'],
    fields: { runtime: 'medium', compute: 'small' },
  },
  {
    text: 'A Minecraft server for our community, always on, players connect over TCP.',
    accept: ['vm', 'container'],
    fields: { runtime: 'always_on' },
  },
  {
    text: 'Genome alignment batch jobs, each 6 hours, 96 vCPUs and 384 GB of RAM.',
    accept: ['vm'],
    fields: { runtime: 'long', compute: 'special' },
  },
  {
    text: 'Inference on Inferentia chips for a recommendation model, steady traffic around the clock.',
    accept: ['vm'],
    fields: { compute: 'special', traffic: 'steady' },
  },
  {
    text: 'A microservice in a container that takes 90 seconds per request, does not need root, no GPU.',
    accept: ['container', 'serverless'],
    fields: { runtime: 'medium' },
  },
  {
    text: 'Our HIPAA workload must run on single-tenant dedicated hardware.',
    accept: ['vm'],
    fields: { isolation: 'dedicated' },
  },
  {
    text: 'Lift and shift of twenty Linux VMs from vSphere; we have a team of sysadmins.',
    accept: ['vm'],
    fields: { starting_point: 'vm_based', ops: 'full' },
  },
  {
    text: 'A small Flask app for a hackathon, just two developers, we do not want to manage servers.',
    accept: ['serverless'],
    fields: { ops: 'minimal' },
  },
  {
    text: 'Spring Boot service packaged as a Docker image, steady traffic, needs 12 GB heap.',
    accept: ['container'],
    fields: { starting_point: 'containerized', compute: 'large', traffic: 'steady' },
  },
  {
    text: 'A WebSocket notification hub for a mobile app, keeps long-lived connections.',
    accept: ['container'],
    fields: { runtime: 'always_on' },
  },
  {
    text: 'We need to load a custom kernel module for our VPN gateway.',
    accept: ['vm'],
    fields: { os_control: 'full' },
  },
  {
    text: 'Backfill job over the whole archive, about half an hour, runs once.',
    accept: ['container'],
    fields: { runtime: 'long' },
  },
  {
    text: 'Webhook receiver for Stripe payments, a few hundred events per day, PCI scope.',
    accept: ['serverless'],
    fields: { traffic: 'bursty' },
  },
  {
    text: 'A 45 minute nightly build that needs CUDA for tests.',
    accept: ['vm', 'container'],
    fields: { runtime: 'long', traffic: 'scheduled', compute: 'special' },
  },
  {
    text: 'Transcoding with ffmpeg, each clip takes about 5 minutes, uploads come in bursts.',
    accept: ['serverless', 'container'],
    fields: { runtime: 'medium', traffic: 'bursty', os_control: 'packages' },
  },
  {
    text: 'Multi-tenant SaaS API for enterprise customers; tenants must be strongly isolated; Kubernetes shop.',
    accept: ['container'],
    fields: { isolation: 'strong', portability: 'portable' },
  },
  {
    text: 'A Go service that tails logs from Kafka continuously and writes aggregates to ClickHouse.',
    accept: ['container', 'vm'],
    fields: { runtime: 'always_on' },
  },
  {
    text: 'Our team of 3 wants to host a Discord bot that must stay connected to the gateway.',
    accept: ['container'],
    fields: { runtime: 'always_on', ops: 'minimal' },
  },
  {
    text: 'Oracle WebLogic on Solaris that we are moving to AWS unchanged.',
    accept: ['vm'],
    fields: { os_control: 'full', starting_point: 'vm_based' },
  },
  {
    text: 'A Jupyter environment for data scientists that stays up for weeks, 64 GB RAM.',
    accept: ['container', 'vm'],
    fields: { runtime: 'always_on', compute: 'large' },
  },
  {
    text: 'Customer-facing checkout API, must never have cold starts, traffic fairly steady.',
    // Steady load without cold starts: Fargate, or Lambda Managed Instances (warm EC2 capacity).
    accept: ['container', 'serverless'],
    fields: { latency: 'sensitive', traffic: 'steady' },
  },
  {
    text: 'Build farm for Android apps, needs nested virtualization.',
    accept: ['vm'],
    fields: { compute: 'special', os_control: 'full' },
  },
  {
    text: 'Run arbitrary customer-provided Docker containers in isolation.',
    accept: ['container', 'serverless'],
    fields: { isolation: 'strong' },
  },
  {
    text: 'We need to host an SAP HANA database with 6 TB memory.',
    accept: ['vm'],
    fields: { compute: 'special', state: 'local' },
  },
  {
    text: 'A Redis-backed leaderboard API with 20k req/s at peak and strict p99.',
    // Steady load without cold starts: Fargate, or Lambda Managed Instances (warm EC2 capacity).
    accept: ['container', 'serverless'],
    fields: { latency: 'sensitive', state: 'external', traffic: 'steady' },
  },
  {
    text: 'A scraper that needs headless Chromium and runs every 15 minutes for about 2 minutes.',
    accept: ['serverless', 'container'],
    fields: { traffic: 'scheduled', runtime: 'medium', os_control: 'packages' },
  },
  {
    text: 'A Telegram bot that replies to a few messages an hour; each reply takes under a second.',
    accept: ['serverless'],
    fields: { runtime: 'short', traffic: 'bursty' },
  },
  {
    text: 'Rendering 3D frames on GPUs overnight, each frame about 10 minutes.',
    accept: ['vm', 'container'],
    fields: { compute: 'special', runtime: 'medium', traffic: 'scheduled' },
  },
  {
    text: 'Our payroll system runs on an old Windows 2012 server in the office and we want it in AWS as is.',
    accept: ['vm'],
    fields: { starting_point: 'vm_based' },
  },
  {
    text: 'Image moderation triggered by uploads, about 500 ms each, traffic varies wildly.',
    accept: ['serverless'],
    fields: { runtime: 'short', traffic: 'bursty' },
  },
  {
    text: 'A trading risk engine needing 1 TB of memory for in-memory analytics.',
    accept: ['vm'],
    fields: { compute: 'special' },
  },
  {
    text: 'An SAP application with licences tied to physical cores.',
    accept: ['vm'],
    fields: { isolation: 'dedicated' },
  },
  {
    text: 'A video streaming ingest service that keeps RTMP connections open for the whole broadcast.',
    accept: ['container', 'vm'],
    fields: { runtime: 'always_on' },
  },
  {
    text: 'Long-running ML training jobs on Trainium chips.',
    accept: ['vm'],
    fields: { compute: 'special' },
  },
  {
    text: 'yo, need somewhere to run a discord moderation bot, it has to be online all the time',
    accept: ['container', 'vm'],
    fields: { runtime: 'always_on' },
  },
  {
    text: 'matlab license server that is bound to a host id',
    accept: ['vm'],
    fields: { isolation: 'dedicated' },
  },
  {
    text: 'Need to run a Windows-only COTS app that requires admin rights on the machine and a specific driver',
    accept: ['vm'],
    fields: { os_control: 'full' },
  },
  {
    text: 'thumbnailer for user avatars, maybe 100 uploads/day',
    accept: ['serverless'],
    fields: { traffic: 'bursty' },
  },
  {
    text: 'an ffmpeg transcoding worker that pulls jobs from SQS; each job ~25 minutes',
    accept: ['container'],
    fields: { runtime: 'long', os_control: 'packages' },
  },
  {
    text: 'IoT gateway that maintains MQTT connections to 10k devices.',
    accept: ['container', 'vm'],
    fields: { runtime: 'always_on' },
  },
  {
    text: 'Monte Carlo risk simulation, 12 hours per run, 96 cores, weekly.',
    accept: ['vm'],
    fields: { runtime: 'long', compute: 'special' },
  },
  {
    text: 'Must run on our OpenShift cluster on-prem as well as AWS.',
    accept: ['container'],
    fields: { portability: 'portable' },
  },
];
